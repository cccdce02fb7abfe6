package io.lifeline.command.config;

import io.lifeline.support.storedevents.PacedEventSource;
import java.time.Duration;
import org.axonframework.config.Configuration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the process managers (auto-assignment, automated replies) read: the event store, each fresh
 * event held until it is {@code process-manager-pace} old so that those stored meanwhile share its
 * batch. Unpaced, they woke for every commit of their own instance and ran a transaction and a token
 * update per event.
 */
@Component
public class ProcessManagerEvents {
    private final Duration pace;

    ProcessManagerEvents(@Value("${lifeline.event-store.process-manager-pace:200ms}") Duration pace) {
        this.pace = pace;
    }

    /** The paced store for a processor registered with Axon's configuration (its event store is made later). */
    public PacedEventSource of(Configuration axon) {
        return new PacedEventSource(axon.eventStore(), pace);
    }
}
