package io.lifeline.query.autoreplies;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.contracts.actor.Actor;
import io.lifeline.contracts.autoreply.AutoRepliesId;
import io.lifeline.contracts.autoreply.AutoReplyRule;
import io.lifeline.contracts.autoreply.AutoReplyRuleChanged;
import io.lifeline.contracts.autoreply.AutoReplyRuleCreated;
import io.lifeline.contracts.autoreply.AutoReplyRuleId;
import io.lifeline.contracts.autoreply.AutoReplyRuleRemoved;
import io.lifeline.contracts.autoreply.AutoReplyTrigger;
import io.lifeline.contracts.autoreply.BusinessHours;
import io.lifeline.contracts.autoreply.OpeningHours;
import io.lifeline.contracts.conversation.MessageBody;
import io.lifeline.query.QuerySideIntegrationTest;
import io.lifeline.query.ReadModels;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The automated-reply rules admins keep, as the query side lists them with their business hours, and rebuilt to the same rows. */
class AutoRepliesIT extends QuerySideIntegrationTest {
    @Autowired
    EventStorageEngine storage;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theRulesInForceAreListedAsLastChangedWithTheirBusinessHoursAndRemovedOnesAreNot() throws Exception {
        var greeting = rule(AutoReplyTrigger.GREETING, 0, null, null, "Hello, we read every message.");
        var leak = rule(AutoReplyTrigger.KEYWORD, 5, "leak", null, "Turn off the water.");
        var hours = new BusinessHours("Europe/Berlin", List.of(new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(9, 0),
                LocalTime.of(17, 30))), List.of(LocalDate.of(2026, 12, 25)));
        var away = rule(AutoReplyTrigger.AWAY, 0, null, hours, "We are away until 9:00.");
        var leakOrFlood = new AutoReplyRule(leak.id(), AutoReplyTrigger.KEYWORD, 1, "leak|flood", null,
                new MessageBody("Turn off the main water valve first."));
        var gone = rule(AutoReplyTrigger.BUSY, 0, null, null, "You are number {position}.");
        append(new AutoReplyRuleCreated(away), new AutoReplyRuleCreated(leak), new AutoReplyRuleCreated(greeting),
                new AutoReplyRuleCreated(gone), new AutoReplyRuleChanged(leakOrFlood, leak), new AutoReplyRuleRemoved(gone.id()));
        awaitCaughtUp();

        Response answer = get("/api/query/auto-replies", admin());
        assertThat(answer.status()).isEqualTo(200);
        List<JsonNode> mine = answer.body().valueStream()
                .filter(one -> List.of(greeting.id(), leak.id(), away.id(), gone.id()).stream()
                        .anyMatch(id -> id.toString().equals(one.path("ruleId").asString())))
                .toList();
        assertThat(mine).extracting(one -> one.path("trigger").asString()).containsExactly("GREETING", "KEYWORD", "AWAY");
        assertThat(mine.get(0).path("text").asString()).isEqualTo("Hello, we read every message.");
        assertThat(mine.get(0).path("hours").isNull()).isTrue();
        assertThat(mine.get(1).path("pattern").asString()).isEqualTo("leak|flood");
        assertThat(mine.get(1).path("order").asInt()).isEqualTo(1);
        assertThat(mine.get(1).path("text").asString()).isEqualTo("Turn off the main water valve first.");
        JsonNode businessHours = mine.get(2).path("hours");
        assertThat(businessHours.path("zone").asString()).isEqualTo("Europe/Berlin");
        assertThat(businessHours.path("open").get(0).path("day").asString()).isEqualTo("MONDAY");
        assertThat(businessHours.path("open").get(0).path("to").asString()).startsWith("17:30");
        assertThat(businessHours.path("holidays").get(0).asString()).isEqualTo("2026-12-25");
        assertThat(get("/api/query/auto-replies", analyst()).status()).isEqualTo(200);
        assertThat(get("/api/query/auto-replies", token(UUID.randomUUID().toString(), "staff", "AGENT")).status()).isEqualTo(403);

        var before = ReadModels.dump(jdbc);
        assertThat(post("/api/query/processors/auto-replies/rebuild", analyst()).status()).isEqualTo(202);
        Thread.sleep(200);
        awaitCaughtUp();
        assertThat(ReadModels.dump(jdbc)).isEqualTo(before);
    }

    private static AutoReplyRule rule(AutoReplyTrigger trigger, int order, String pattern, BusinessHours hours, String text) {
        return new AutoReplyRule(AutoReplyRuleId.random(), trigger, order, pattern, hours, new MessageBody(text));
    }

    /** Appends after whatever the one rules stream already holds. */
    private void append(Object... payloads) {
        String stream = AutoRepliesId.RULES.toString();
        long sequence = storage.lastSequenceNumberFor(stream).map(last -> last + 1).orElse(0L);
        List<DomainEventMessage<?>> events = new ArrayList<>();
        for (Object payload : payloads) {
            events.add(new GenericDomainEventMessage<>("AutoReplies", stream, sequence++, payload,
                    MetaData.with(Actor.METADATA_KEY, Actor.system("test").toString())));
        }
        storage.appendEvents(events);
    }
}
