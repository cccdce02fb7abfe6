package io.lifeline.query.responsetargets;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.contracts.actor.Actor;
import io.lifeline.contracts.conversation.ContextKind;
import io.lifeline.contracts.conversation.Priority;
import io.lifeline.contracts.conversation.ResponseTargetKind;
import io.lifeline.contracts.responsetarget.ResponseTargetRemoved;
import io.lifeline.contracts.responsetarget.ResponseTargetScope;
import io.lifeline.contracts.responsetarget.ResponseTargetSet;
import io.lifeline.contracts.responsetarget.ResponseTargetsId;
import io.lifeline.query.QuerySideIntegrationTest;
import io.lifeline.query.ReadModels;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The response targets admins set, as the query side lists them, and rebuilt to the same rows. */
class ResponseTargetsIT extends QuerySideIntegrationTest {
    private static final io.lifeline.contracts.autoreply.BusinessHours WEEKDAYS = new io.lifeline.contracts.autoreply.BusinessHours(
            "Europe/Berlin", List.of(new io.lifeline.contracts.autoreply.OpeningHours(java.time.DayOfWeek.MONDAY,
                    java.time.LocalTime.of(9, 0), java.time.LocalTime.of(17, 0))), List.of());
    @Autowired
    EventStorageEngine storage;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theTargetsSetNowAreListedWithTheirLatestDurationAndRemovedOnesAreNot() throws Exception {
        var urgentEmergencies = new ResponseTargetScope(ResponseTargetKind.FIRST_RESPONSE, Priority.URGENT, ContextKind.EMERGENCY);
        var normalAnywhere = new ResponseTargetScope(ResponseTargetKind.FIRST_RESPONSE, Priority.NORMAL, null);
        var lowResolution = new ResponseTargetScope(ResponseTargetKind.RESOLUTION, Priority.LOW, null);
        append(new ResponseTargetSet(normalAnywhere, Duration.ofMinutes(30), null, null),
                new ResponseTargetSet(urgentEmergencies, Duration.ofMinutes(5), null, null),
                new ResponseTargetSet(urgentEmergencies, Duration.ofMinutes(2), Duration.ofMinutes(5), WEEKDAYS),
                new ResponseTargetSet(lowResolution, Duration.ofDays(2), null, null),
                new ResponseTargetRemoved(lowResolution, Duration.ofDays(2)));
        awaitCaughtUp();

        Response answer = get("/api/query/response-targets", admin());
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().valueStream().map(ResponseTargetsIT::described).toList())
                .containsExactly("FIRST_RESPONSE URGENT EMERGENCY PT2M", "FIRST_RESPONSE NORMAL null PT30M");
        assertThat(answer.body().get(0).path("businessHours").path("zone").asString()).isEqualTo("Europe/Berlin");
        assertThat(answer.body().get(0).path("businessHours").path("open").get(0).path("from").asString()).isEqualTo("09:00:00");
        assertThat(answer.body().get(1).path("businessHours").isNull()).as("counted in calendar time").isTrue();
        assertThat(get("/api/query/response-targets", analyst()).status()).isEqualTo(200);
        assertThat(get("/api/query/response-targets", token(java.util.UUID.randomUUID().toString(), "staff", "AGENT")).status())
                .isEqualTo(403);

        var before = ReadModels.dump(jdbc);
        assertThat(post("/api/query/processors/response-targets/rebuild", analyst()).status()).isEqualTo(202);
        Thread.sleep(200);
        awaitCaughtUp();
        assertThat(ReadModels.dump(jdbc)).isEqualTo(before);
        assertThat(get("/api/query/response-targets", admin()).body().size()).isEqualTo(2);
    }

    private static String described(JsonNode target) {
        return target.path("kind").asString() + " " + target.path("priority").asString() + " "
                + (target.path("context").isNull() ? "null" : target.path("context").asString()) + " "
                + target.path("within").asString();
    }

    /** Appends after whatever the one targets stream already holds. */
    private void append(Object... payloads) {
        String stream = ResponseTargetsId.TARGETS.toString();
        long sequence = storage.lastSequenceNumberFor(stream).map(last -> last + 1).orElse(0L);
        List<DomainEventMessage<?>> events = new ArrayList<>();
        for (Object payload : payloads) {
            events.add(new GenericDomainEventMessage<>("ResponseTargets", stream, sequence++, payload,
                    MetaData.with(Actor.METADATA_KEY, Actor.system("test").toString())));
        }
        storage.appendEvents(events);
    }
}
