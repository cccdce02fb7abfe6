package io.lifeline.bridge.signals;

import io.lifeline.bridge.config.BridgeProperties;
import io.lifeline.bridge.connection.Connection;
import io.lifeline.bridge.connection.Connections;
import io.lifeline.bridge.subscription.Subscriptions;
import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.protocol.OnlineStaff;
import io.lifeline.contracts.protocol.PresenceFrame;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.springframework.context.annotation.Lazy;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which staff are online across all bridges. Each bridge announces the staff connected to it and
 * renews them well within the time-to-live; an entry nobody renews expires, so a bridge that dies
 * cannot leave anyone online for ever. Inbox streams hear every change.
 */
@Component
public class Presence implements Connections.ConnectionListener {
    private final Map<String, AtomicInteger> local = new ConcurrentHashMap<>();
    private final Map<String, Instant> online = new ConcurrentHashMap<>();
    private final BridgeProperties properties;
    private final Subscriptions subscriptions;
    private final JsonMapper json;
    private volatile Consumer<Signal> publisher = signal -> { };

    Presence(BridgeProperties properties, @Lazy Subscriptions subscriptions, JsonMapper json) {
        this.properties = properties;
        this.subscriptions = subscriptions;
        this.json = json;
    }

    void publishVia(Consumer<Signal> publisher) {
        this.publisher = publisher;
    }

    public List<OnlineStaff> online() {
        Instant now = Instant.now();
        return online.entrySet().stream().filter(entry -> entry.getValue().isAfter(now))
                .map(entry -> new OnlineStaff(StaffId.parse(entry.getKey()), entry.getValue()))
                .sorted(Comparator.comparing(staff -> staff.staffId().toString())).toList();
    }

    public String frame() {
        return json.writeValueAsString(new PresenceFrame(online()));
    }

    @Override
    public void opened(Connection connection) {
        if (connection.caller().isStaff()) {
            local.computeIfAbsent(connection.caller().subject(), staff -> new AtomicInteger()).incrementAndGet();
            announce(connection.caller().subject());
        }
    }

    @Override
    public void closed(Connection connection) {
        if (!connection.caller().isStaff()) {
            return;
        }
        String staff = connection.caller().subject();
        AtomicInteger left = local.computeIfPresent(staff, (id, count) -> count.decrementAndGet() <= 0 ? null : count);
        if (left == null) {
            publisher.accept(Signal.presence(staff, false, Instant.now()));
        }
    }

    @Scheduled(fixedDelayString = "${lifeline.bridge.presence-renew-interval:PT10S}")
    void renew() {
        local.keySet().forEach(this::announce);
        Instant now = Instant.now();
        if (online.entrySet().removeIf(entry -> !entry.getValue().isAfter(now))) {
            broadcast();
        }
    }

    void heard(Signal signal) {
        boolean changed;
        if (Boolean.TRUE.equals(signal.online()) && signal.expiresAt() != null) {
            changed = online.put(signal.staffId(), signal.expiresAt()) == null;
        } else {
            changed = online.remove(signal.staffId()) != null;
        }
        if (changed) {
            broadcast();
        }
    }

    private void announce(String staff) {
        publisher.accept(Signal.presence(staff, true, Instant.now().plus(properties.presenceTtl())));
    }

    private void broadcast() {
        String frame = frame();
        subscriptions.inboxStreams().forEach(connection -> connection.send(frame));
    }
}
