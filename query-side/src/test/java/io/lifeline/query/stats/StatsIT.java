package io.lifeline.query.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.lifeline.contracts.actor.DeviceId;
import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.conversation.AssignmentReason;
import io.lifeline.contracts.conversation.Channel;
import io.lifeline.contracts.conversation.ContextKind;
import io.lifeline.contracts.conversation.ConversationContext;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.conversation.Priority;
import io.lifeline.query.EventHistory;
import io.lifeline.query.QuerySideIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Statistics are exact: each test writes its history in a day of its own far in the future, so the
 * figures for that day are made of its conversations only.
 */
class StatsIT extends QuerySideIntegrationTest {
    @Autowired
    EventStorageEngine storage;

    private EventHistory history;
    private Instant day;

    @BeforeEach
    void aDayOfItsOwn() {
        history = new EventHistory(storage);
        day = Instant.parse("2100-01-01T00:00:00Z").plus(Duration.ofDays(ThreadLocalRandom.current().nextInt(300_000)));
    }

    @Test
    void wakingFromASnoozeContinuesTheCycleItInterrupted() throws InterruptedException {
        StaffId agent = StaffId.random();
        Instant t0 = day.plus(Duration.ofHours(9));
        ConversationId id = conversation().at(t0).started(Priority.NORMAL).deviceSays("help")
                .at(t0.plusSeconds(10)).snoozed(t0.plusSeconds(3600))
                .at(t0.plusSeconds(20)).reopenedByDevice() // the device wrote again: the snooze ends, no new cycle
                .at(t0.plusSeconds(20)).deviceSays("hello?")
                .at(t0.plusSeconds(70)).staffSays(agent, "sorry, here now")
                .at(t0.plusSeconds(100)).resolvedBy(agent).append();
        awaitCaughtUp();

        JsonNode items = drillDown("firstResponse", day, day.plus(Duration.ofDays(1)), null, 50).path("items");
        assertThat(items).hasSize(1);
        assertThat(items.get(0).path("conversationId").asString()).isEqualTo(id.toString());
        assertThat(items.get(0).path("cycle").asInt()).isEqualTo(0);
        assertThat(items.get(0).path("seconds").asDouble()).isEqualTo(70.0); // from the first message, not the wake-up
        JsonNode resolutions = drillDown("resolution", day, day.plus(Duration.ofDays(1)), null, 50).path("items");
        assertThat(resolutions).extracting(item -> item.path("seconds").asDouble()).containsExactly(100.0);
    }

    @Test
    void firstResponseIgnoresAutomatedRepliesAndEachReopeningStartsANewCycle() throws InterruptedException {
        StaffId agent = StaffId.random();
        Instant t0 = day.plus(Duration.ofHours(9));
        ConversationId id = conversation().at(t0).started(Priority.NORMAL).deviceSays("help")
                .at(t0.plusSeconds(5)).systemSays("auto-reply", "we will be with you shortly")
                .at(t0.plusSeconds(40)).staffSays(agent, "here")
                .at(t0.plusSeconds(100)).resolvedBy(agent)
                .at(t0.plusSeconds(200)).reopenedByDevice()
                .at(t0.plusSeconds(210)).staffSays(agent, "anything else?") // before the device wrote: answers nobody
                .at(t0.plusSeconds(230)).deviceSays("yes, one more thing")
                .at(t0.plusSeconds(260)).staffSays(agent, "sure")
                .at(t0.plusSeconds(350)).resolvedBy(agent).append();
        awaitCaughtUp();

        JsonNode stats = stats(day, day.plus(Duration.ofDays(1)));
        assertTime(stats.path("firstResponse"), 2, 35.0, 35.0, 39.0); // 40 s, then 30 s from the device's message
        assertTime(stats.path("resolution"), 2, 125.0, 125.0, 145.0); // 100 s, then 150 s from the reopening
        assertTime(stats.path("reply"), 2, 35.0, 35.0, 39.0);

        JsonNode items = drillDown("firstResponse", day, day.plus(Duration.ofDays(1)), null, 50).path("items");
        assertThat(items).hasSize(2);
        assertThat(items.get(0).path("conversationId").asString()).isEqualTo(id.toString());
        assertThat(items.get(0).path("cycle").asInt()).isEqualTo(0);
        assertThat(items.get(0).path("seconds").asDouble()).isEqualTo(40.0);
        assertThat(items.get(1).path("cycle").asInt()).isEqualTo(1);
        assertThat(items.get(1).path("seconds").asDouble()).isEqualTo(30.0);
        assertThat(Instant.parse(items.get(1).path("at").asString())).isEqualTo(t0.plusSeconds(230));

        JsonNode resolutions = drillDown("resolution", day, day.plus(Duration.ofDays(1)), null, 50).path("items");
        assertThat(resolutions).extracting(item -> item.path("seconds").asDouble()).containsExactly(100.0, 150.0);
    }

    @Test
    void medianAndNinetiethPercentileInterpolateAndEachAgentGetsTheirOwnResponses() throws InterruptedException {
        StaffId odd = StaffId.random();
        StaffId even = StaffId.random();
        Set<String> inRange = new HashSet<>();
        for (int n = 1; n <= 10; n++) {
            Instant start = day.plus(Duration.ofMinutes(10L * n));
            inRange.add(conversation().at(start).started(Priority.NORMAL).deviceSays("help")
                    .at(start.plusSeconds(10L * n)).staffSays(n % 2 == 1 ? odd : even, "here").append().toString());
        }
        Instant before = day.minusSeconds(3600); // outside the range: counted nowhere below
        conversation().at(before).started(Priority.NORMAL).deviceSays("help").at(before.plusSeconds(5))
                .staffSays(odd, "here").append();
        awaitCaughtUp();

        JsonNode stats = stats(day, day.plus(Duration.ofDays(1)));
        assertTime(stats.path("firstResponse"), 10, 55.0, 55.0, 91.0);
        assertTime(stats.path("reply"), 10, 55.0, 55.0, 91.0);
        assertThat(stats.path("byStatus").path("OPEN").asLong()).isEqualTo(10);
        JsonNode oddRow = agent(stats, odd);
        assertTime(oddRow.path("firstResponse"), 5, 50.0, 50.0, 82.0); // 10, 30, 50, 70, 90
        assertTime(oddRow.path("reply"), 5, 50.0, 50.0, 82.0);
        assertTime(agent(stats, even).path("firstResponse"), 5, 60.0, 60.0, 92.0); // 20, 40, 60, 80, 100

        List<String> seen = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            JsonNode page = drillDown("firstResponse", day, day.plus(Duration.ofDays(1)), after, 4);
            page.path("items").forEach(item -> {
                seen.add(item.path("conversationId").asString());
                values.add(item.path("seconds").asDouble());
            });
            after = page.path("next").isString() ? page.path("next").asString() : null;
            pages++;
        } while (after != null && pages < 10);
        assertThat(seen).hasSize(10).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(inRange);
        assertThat(values).containsExactly(10.0, 20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0, 100.0);

        JsonNode byOdd = drillDown("agent:" + odd, day, day.plus(Duration.ofDays(1)), null, 50).path("items");
        assertThat(byOdd).extracting(item -> item.path("seconds").asDouble()).containsExactly(10.0, 30.0, 50.0, 70.0, 90.0);
    }

    @Test
    void replyTimeRunsFromTheFirstUnansweredDeviceMessageToTheNextStaffMessage() throws InterruptedException {
        StaffId first = StaffId.random();
        StaffId second = StaffId.random();
        Instant t0 = day.plus(Duration.ofHours(3));
        conversation().at(t0).started(Priority.NORMAL).deviceSays("hello")
                .at(t0.plusSeconds(10)).deviceSays("anyone?") // joins the wait that began at t0
                .at(t0.plusSeconds(25)).staffSays(first, "yes")
                .at(t0.plusSeconds(30)).staffSays(first, "how can I help?") // nobody was waiting
                .at(t0.plusSeconds(100)).deviceSays("my order")
                .at(t0.plusSeconds(101)).systemSays("auto-reply", "a colleague will answer") // no answer
                .at(t0.plusSeconds(160)).staffSays(second, "let me look")
                .at(t0.plusSeconds(200)).deviceSays("thanks")
                .at(t0.plusSeconds(210)).resolvedBy(second).append(); // settled: the last wait is never answered
        awaitCaughtUp();

        JsonNode stats = stats(day, day.plus(Duration.ofDays(1)));
        assertTime(stats.path("reply"), 2, 42.5, 42.5, 56.5);
        assertTime(stats.path("firstResponse"), 1, 25.0, 25.0, 25.0);
        assertTime(agent(stats, first).path("reply"), 1, 25.0, 25.0, 25.0);
        assertTime(agent(stats, second).path("reply"), 1, 60.0, 60.0, 60.0);
        assertTime(agent(stats, second).path("firstResponse"), 0, null, null, null);

        JsonNode replies = drillDown("reply", day, day.plus(Duration.ofDays(1)), null, 50).path("items");
        assertThat(replies).extracting(item -> item.path("seconds").asDouble()).containsExactly(25.0, 60.0);
        assertThat(drillDown("agentReply:" + second, day, day.plus(Duration.ofDays(1)), null, 50).path("items"))
                .extracting(item -> item.path("seconds").asDouble()).containsExactly(60.0);
    }

    @Test
    void countsByStatusPriorityChannelAndContextAndTheLoadOfEachAgent() throws InterruptedException {
        StaffId agent = StaffId.random();
        StaffId other = StaffId.random();
        Instant t0 = day.plus(Duration.ofHours(12));
        ConversationId open = conversation().at(t0).started(Channel.MOBILE, context(ContextKind.SUPPORT), Priority.HIGH)
                .assigned(agent, null, AssignmentReason.AUTO).append();
        ConversationId raised = conversation().at(t0.plusSeconds(1))
                .started(Channel.WIDGET, context(ContextKind.EMERGENCY), Priority.URGENT)
                .assigned(agent, null, AssignmentReason.AUTO).priorityChanged(Priority.HIGH, Priority.URGENT).append();
        conversation().at(t0.plusSeconds(2)).started(Channel.MOBILE, context(ContextKind.REQUEST), Priority.LOW)
                .assigned(agent, null, AssignmentReason.AUTO).resolvedBy(agent).append();
        conversation().at(t0.plusSeconds(3)).started(Channel.STAFF, ConversationContext.general(), Priority.NORMAL)
                .assigned(other, null, AssignmentReason.AUTO).unassigned(other).snoozed(t0.plusSeconds(9999)).append();
        ConversationId closed = conversation().at(t0.plusSeconds(4))
                .started(Channel.WIDGET, context(ContextKind.SUPPORT), Priority.NORMAL).closed().append();
        ConversationId earlier = conversation().at(day.minusSeconds(1))
                .started(Channel.MOBILE, context(ContextKind.JOB), Priority.HIGH)
                .assigned(agent, null, AssignmentReason.AUTO).append(); // before the range, yet part of the load now
        awaitCaughtUp();

        JsonNode stats = stats(day, day.plus(Duration.ofDays(1)));
        assertCounts(stats.path("byStatus"), "OPEN", 2, "SNOOZED", 1, "RESOLVED", 1, "CLOSED", 1);
        assertCounts(stats.path("byPriority"), "LOW", 1, "NORMAL", 2, "HIGH", 2, "URGENT", 0);
        assertCounts(stats.path("byChannel"), "MOBILE", 2, "WIDGET", 2, "STAFF", 1);
        assertCounts(stats.path("byContext"), "SUPPORT", 2, "EMERGENCY", 1, "REQUEST", 1, "GENERAL", 1, "JOB", 0, "BID", 0);
        assertThat(agent(stats, agent).path("openAssigned").asLong()).isEqualTo(3);
        assertThat(stats.path("agents")).noneMatch(row -> row.path("staffId").asString().equals(other.toString()));

        Instant from = day;
        Instant to = day.plus(Duration.ofDays(1));
        assertThat(ids(drillDown("status:OPEN", from, to, null, 50))).containsExactly(open.toString(), raised.toString());
        assertThat(ids(drillDown("priority:HIGH", from, to, null, 50))).containsExactly(open.toString(), raised.toString());
        assertThat(ids(drillDown("context:SUPPORT", from, to, null, 50))).containsExactly(open.toString(), closed.toString());
        assertThat(ids(drillDown("load:" + agent, from, to, null, 50)))
                .containsExactly(earlier.toString(), open.toString(), raised.toString());
    }

    @Test
    void messagesAreCountedPerHourAndPerDayByWhoWroteThem() throws InterruptedException {
        StaffId agent = StaffId.random();
        Instant h = day.plus(Duration.ofHours(22));
        conversation().at(h.plus(Duration.ofMinutes(10))).started(Priority.NORMAL).deviceSays("hi")
                .at(h.plus(Duration.ofMinutes(20))).staffSays(agent, "hello")
                .at(h.plus(Duration.ofMinutes(65))).deviceSays("still there?")
                .at(h.plus(Duration.ofMinutes(66))).systemSays("auto-reply", "yes")
                .at(h.plus(Duration.ofHours(3))).deviceSays("next day").append();
        conversation().at(day.minusSeconds(1)).started(Priority.NORMAL).deviceSays("too early").append();
        awaitCaughtUp();

        JsonNode stats = stats(day, day.plus(Duration.ofDays(2)));
        JsonNode hours = stats.path("messagesPerHour");
        assertThat(hours).hasSize(3);
        assertBucket(hours.get(0), h, 2, 1, 1, 0);
        assertBucket(hours.get(1), h.plus(Duration.ofHours(1)), 2, 1, 0, 1);
        assertBucket(hours.get(2), h.plus(Duration.ofHours(3)), 1, 1, 0, 0);
        JsonNode days = stats.path("messagesPerDay");
        assertThat(days).hasSize(2);
        assertBucket(days.get(0), day, 4, 2, 1, 1);
        assertBucket(days.get(1), day.plus(Duration.ofDays(1)), 1, 1, 0, 0);

        JsonNode oneHour = stats(h.plus(Duration.ofHours(1)), h.plus(Duration.ofHours(2))).path("messagesPerHour");
        assertThat(oneHour).hasSize(1);
        assertBucket(oneHour.get(0), h.plus(Duration.ofHours(1)), 2, 1, 0, 1);
    }

    @Test
    void firstResponseAndResolutionDistributionsCountEachDurationInItsBucketAndEachBarDrillsDownToIt()
            throws InterruptedException {
        StaffId agent = StaffId.random();
        long[] firstResponses = {0, 59, 60, 299, 300, 600, 3599, 3600, 14_399, 20_000, 86_399, 86_400, 200_000};
        Map<Long, Set<String>> byFirstResponse = new HashMap<>();
        Map<Long, Set<String>> byResolution = new HashMap<>();
        for (int n = 0; n < firstResponses.length; n++) {
            Instant start = day.plus(Duration.ofMinutes(n));
            long resolution = firstResponses[n] * 2 + 1; // other buckets than the first response's
            String id = conversation().at(start).started(Priority.NORMAL).deviceSays("help")
                    .at(start.plusSeconds(firstResponses[n])).staffSays(agent, "here")
                    .at(start.plusSeconds(resolution)).resolvedBy(agent).append().toString();
            byFirstResponse.computeIfAbsent(bucketOf(firstResponses[n]), b -> new HashSet<>()).add(id);
            byResolution.computeIfAbsent(bucketOf(resolution), b -> new HashSet<>()).add(id);
        }
        awaitCaughtUp();

        JsonNode stats = stats(day, day.plus(Duration.ofDays(1)));
        assertBuckets(stats.path("firstResponseBuckets"), byFirstResponse);
        assertBuckets(stats.path("resolutionBuckets"), byResolution);
        for (int index = 0; index < EDGES.length + 1; index++) {
            Set<String> expected = byFirstResponse.getOrDefault((long) index, Set.of());
            assertThat(ids(drillDown("firstResponseBucket:" + index, day, day.plus(Duration.ofDays(1)), null, 50)))
                    .as("first responses in bucket " + index).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(ids(drillDown("resolutionBucket:" + index, day, day.plus(Duration.ofDays(1)), null, 50)))
                    .as("resolutions in bucket " + index)
                    .containsExactlyInAnyOrderElementsOf(byResolution.getOrDefault((long) index, Set.of()));
        }
    }

    @Test
    void responseAndResolutionTimesPerContextKindAndResolutionsPerAgentEachDrillDown() throws InterruptedException {
        StaffId ana = StaffId.random();
        StaffId ben = StaffId.random();
        record Case(ContextKind kind, long firstResponse, long resolution, StaffId resolver) {}
        List<Case> cases = List.of(new Case(ContextKind.SUPPORT, 10, 100, ana), new Case(ContextKind.SUPPORT, 30, 400, ben),
                new Case(ContextKind.SUPPORT, 50, 250, ana), new Case(ContextKind.EMERGENCY, 5, 50, ben),
                new Case(ContextKind.REQUEST, 70, 0, null)); // never resolved
        Map<Case, String> ids = new HashMap<>();
        for (int n = 0; n < cases.size(); n++) {
            Case c = cases.get(n);
            Instant start = day.plus(Duration.ofHours(n + 1));
            var conversation = conversation().at(start).started(Channel.MOBILE, context(c.kind()), Priority.NORMAL)
                    .deviceSays("help").at(start.plusSeconds(c.firstResponse())).staffSays(ana, "here");
            if (c.resolver() != null) conversation.at(start.plusSeconds(c.resolution())).resolvedBy(c.resolver());
            ids.put(c, conversation.append().toString());
        }
        awaitCaughtUp();

        JsonNode stats = stats(day, day.plus(Duration.ofDays(1)));
        for (ContextKind kind : ContextKind.values()) {
            JsonNode row = context(stats, kind);
            List<Case> ofKind = cases.stream().filter(c -> c.kind() == kind).toList();
            List<Case> resolved = ofKind.stream().filter(c -> c.resolver() != null).toList();
            assertTime(row.path("firstResponse"), ofKind.size(), ofKind.stream().mapToLong(Case::firstResponse).boxed().toList());
            assertTime(row.path("resolution"), resolved.size(), resolved.stream().mapToLong(Case::resolution).boxed().toList());
            assertThat(ids(drillDown("contextFirstResponse:" + kind, day, day.plus(Duration.ofDays(1)), null, 50)))
                    .containsExactlyInAnyOrderElementsOf(ofKind.stream().map(ids::get).toList());
            assertThat(ids(drillDown("contextResolution:" + kind, day, day.plus(Duration.ofDays(1)), null, 50)))
                    .containsExactlyInAnyOrderElementsOf(resolved.stream().map(ids::get).toList());
        }
        for (StaffId staff : List.of(ana, ben)) {
            List<Case> theirs = cases.stream().filter(c -> staff.equals(c.resolver())).toList();
            assertTime(agent(stats, staff).path("resolution"), theirs.size(),
                    theirs.stream().mapToLong(Case::resolution).boxed().toList());
            assertThat(ids(drillDown("agentResolution:" + staff, day, day.plus(Duration.ofDays(1)), null, 50)))
                    .containsExactlyInAnyOrderElementsOf(theirs.stream().map(ids::get).toList());
        }
        assertThat(agent(stats, ana).path("firstResponse").path("count").asLong()).isEqualTo(cases.size());
    }

    @Test
    void volumeIsPerHourUpToTwoDaysAndPerDayBeyondOnTheAskedZonesClock() throws InterruptedException {
        StaffId agent = StaffId.random();
        ZoneId zone = ZoneId.of("America/New_York");
        List<Instant> starts = List.of(day.plus(Duration.ofMinutes(90)), day.plus(Duration.ofMinutes(100)),
                day.plus(Duration.ofHours(5)), day.plus(Duration.ofHours(30)), day.plus(Duration.ofHours(60)));
        Map<Instant, String> ids = new HashMap<>();
        for (Instant start : starts) {
            ids.put(start, conversation().at(start).started(Priority.NORMAL).deviceSays("help")
                    .at(start.plusSeconds(600)).staffSays(agent, "here").append().toString());
        }
        awaitCaughtUp();

        Instant twoDays = day.plus(Duration.ofDays(2));
        JsonNode hourly = get("/api/query/stats?from=" + day + "&to=" + twoDays + "&zone=" + zone, analyst()).body();
        assertThat(hourly.path("volumeGrain").asString()).isEqualTo("HOUR");
        assertVolume(hourly.path("volume"), starts, day, twoDays, start -> start.truncatedTo(ChronoUnit.HOURS),
                start -> start.plus(Duration.ofHours(1)));

        Instant fourDays = day.plus(Duration.ofDays(4));
        JsonNode daily = get("/api/query/stats?from=" + day + "&to=" + fourDays + "&zone=" + zone, analyst()).body();
        assertThat(daily.path("volumeGrain").asString()).isEqualTo("DAY");
        assertThat(daily.path("zone").asString()).isEqualTo(zone.getId());
        assertVolume(daily.path("volume"), starts, day, fourDays,
                start -> start.atZone(zone).truncatedTo(ChronoUnit.DAYS).toInstant(),
                bucket -> bucket.atZone(zone).plusDays(1).toInstant());

        JsonNode first = daily.path("volume").get(0);
        Instant from = Instant.parse(first.path("start").asString()).isBefore(day) ? day : Instant.parse(first.path("start").asString());
        Set<String> expected = new HashSet<>();
        starts.stream().filter(start -> !start.isBefore(from) && start.isBefore(Instant.parse(first.path("end").asString())))
                .forEach(start -> expected.add(ids.get(start)));
        assertThat(ids(drillDown("started", from, Instant.parse(first.path("end").asString()), null, 50)))
                .as("the first day's bar drills down to the conversations started in it")
                .isNotEmpty().containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void onlyAdminsAndAnalystsSeeStatisticsAndBadParametersAreRefused() {
        String range = "?from=" + day + "&to=" + day.plus(Duration.ofDays(1));
        String agent = token(StaffId.random().toString(), "staff", "AGENT");
        String device = token("d-0123456789abcdef01", "device", "DEVICE");
        String admin = token(StaffId.random().toString(), "staff", "ADMIN");
        assertThat(get("/api/query/stats" + range, agent).status()).isEqualTo(403);
        assertThat(get("/api/query/stats" + range, device).status()).isEqualTo(403);
        assertThat(get("/api/query/stats/drill-down" + range + "&figure=reply", agent).status()).isEqualTo(403);
        assertThat(get("/api/query/stats/drill-down" + range + "&figure=reply", device).status()).isEqualTo(403);
        assertThat(get("/api/query/stats" + range, null).status()).isEqualTo(401);
        assertThat(get("/api/query/stats" + range, admin).status()).isEqualTo(200);
        assertThat(get("/api/query/stats", analyst()).status()).isEqualTo(200);
        assertThat(get("/api/query/stats/drill-down" + range + "&figure=status:OPEN", admin).status()).isEqualTo(200);

        assertThat(get("/api/query/stats?from=" + day + "&to=" + day, analyst()).status()).isEqualTo(400);
        assertThat(get("/api/query/stats?from=yesterday", analyst()).status()).isEqualTo(400);
        assertThat(get("/api/query/stats/drill-down?figure=nonsense", analyst()).status()).isEqualTo(400);
        assertThat(get("/api/query/stats/drill-down?figure=status:MAYBE", analyst()).status()).isEqualTo(400);
        assertThat(get("/api/query/stats/drill-down?figure=agent:not-a-uuid", analyst()).status()).isEqualTo(400);
        assertThat(get("/api/query/stats/drill-down?figure=reply&after=garbage", analyst()).status()).isEqualTo(400);
        assertThat(get("/api/query/stats/drill-down?figure=firstResponseBucket:7", analyst()).status()).isEqualTo(400);
        assertThat(get("/api/query/stats/drill-down?figure=resolutionBucket:-1", analyst()).status()).isEqualTo(400);
        assertThat(get("/api/query/stats/drill-down?figure=contextResolution:NOPE", analyst()).status()).isEqualTo(400);
        assertThat(get("/api/query/stats/drill-down?figure=started:x", analyst()).status()).isEqualTo(400);
        assertThat(get("/api/query/stats?zone=%2B02:00", analyst()).status()).as("an offset PostgreSQL would read west")
                .isEqualTo(400);
        assertThat(get("/api/query/stats?zone=Mars/Olympus", analyst()).status()).isEqualTo(400);
        assertThat(get("/api/query/stats?zone=Europe/Berlin", analyst()).status()).isEqualTo(200);
    }

    /** The distributions' upper edges in seconds, as the API documents them. */
    private static final long[] EDGES = {60, 300, 900, 3600, 14_400, 86_400};

    private static long bucketOf(long seconds) {
        long bucket = 0;
        while (bucket < EDGES.length && seconds >= EDGES[(int) bucket]) bucket++;
        return bucket;
    }

    private static void assertBuckets(JsonNode buckets, Map<Long, Set<String>> expected) {
        assertThat(buckets).hasSize(EDGES.length + 1);
        for (int index = 0; index < buckets.size(); index++) {
            JsonNode bucket = buckets.get(index);
            assertThat(bucket.path("index").asInt()).isEqualTo(index);
            assertThat(bucket.path("fromSeconds").asLong()).isEqualTo(index == 0 ? 0 : EDGES[index - 1]);
            if (index < EDGES.length) {
                assertThat(bucket.path("toSeconds").asLong()).isEqualTo(EDGES[index]);
            } else {
                assertThat(bucket.path("toSeconds").isNull()).as("the last bucket has no upper edge").isTrue();
            }
            assertThat(bucket.path("count").asLong()).as("bucket " + index)
                    .isEqualTo(expected.getOrDefault((long) index, Set.of()).size());
        }
    }

    /** Count, average, median and 90th percentile (interpolated as percentile_cont) of the given seconds. */
    private static void assertTime(JsonNode figure, long count, List<Long> seconds) {
        if (seconds.isEmpty()) {
            assertTime(figure, count, null, null, null);
            return;
        }
        List<Long> sorted = seconds.stream().sorted().toList();
        assertTime(figure, count, sorted.stream().mapToLong(Long::longValue).average().orElseThrow(),
                percentile(sorted, 0.5), percentile(sorted, 0.9));
    }

    private static double percentile(List<Long> sorted, double fraction) {
        double position = fraction * (sorted.size() - 1);
        int below = (int) Math.floor(position);
        int above = (int) Math.ceil(position);
        return sorted.get(below) + (position - below) * (sorted.get(above) - sorted.get(below));
    }

    private static JsonNode context(JsonNode stats, ContextKind kind) {
        for (JsonNode row : stats.path("contexts")) {
            if (row.path("context").asString().equals(kind.name())) return row;
        }
        throw new AssertionError("no row for context " + kind + " in " + stats.path("contexts"));
    }

    /**
     * The volume series against the conversations written: each started one and its two messages
     * (device, then staff ten minutes later) counted in the step they fall in.
     */
    private static void assertVolume(JsonNode volume, List<Instant> starts, Instant from, Instant to,
                                     UnaryOperator<Instant> stepOf, UnaryOperator<Instant> endOf) {
        Map<Instant, long[]> expected = new TreeMap<>(); // conversations, device, staff
        for (Instant start : starts) {
            if (start.isBefore(from) || !start.isBefore(to)) continue;
            expected.computeIfAbsent(stepOf.apply(start), s -> new long[3])[0]++;
            expected.computeIfAbsent(stepOf.apply(start), s -> new long[3])[1]++;
            Instant answer = start.plusSeconds(600);
            if (answer.isBefore(to)) expected.computeIfAbsent(stepOf.apply(answer), s -> new long[3])[2]++;
        }
        List<String> actual = new ArrayList<>();
        volume.forEach(step -> actual.add(Instant.parse(step.path("start").asString()) + ".."
                + Instant.parse(step.path("end").asString()) + " "
                + step.path("conversations").asLong() + "/" + step.path("device").asLong() + "/"
                + step.path("staff").asLong() + "/" + step.path("messages").asLong()));
        assertThat(actual).containsExactlyElementsOf(expected.entrySet().stream()
                .map(e -> e.getKey() + ".." + endOf.apply(e.getKey()) + " " + e.getValue()[0] + "/" + e.getValue()[1] + "/"
                        + e.getValue()[2] + "/" + (e.getValue()[1] + e.getValue()[2]))
                .toList());
    }

    private EventHistory.Conversation conversation() {
        return history.conversation(new DeviceId("d-" + UUID.randomUUID()));
    }

    private static ConversationContext context(ContextKind kind) {
        return new ConversationContext(kind, "ref-" + UUID.randomUUID());
    }

    private JsonNode stats(Instant from, Instant to) {
        var response = get("/api/query/stats?from=" + from + "&to=" + to, analyst());
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.body();
    }

    private JsonNode drillDown(String figure, Instant from, Instant to, String after, int limit) {
        var response = get("/api/query/stats/drill-down?figure=" + figure + "&from=" + from + "&to=" + to + "&limit=" + limit
                + (after == null ? "" : "&after=" + after), analyst());
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.body();
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("conversationId").asString()));
        return ids;
    }

    private static JsonNode agent(JsonNode stats, StaffId staff) {
        for (JsonNode row : stats.path("agents")) {
            if (row.path("staffId").asString().equals(staff.toString())) return row;
        }
        throw new AssertionError("no row for agent " + staff + " in " + stats.path("agents"));
    }

    private static void assertTime(JsonNode figure, long count, Double average, Double median, Double p90) {
        assertThat(figure.path("count").asLong()).as("count of " + figure).isEqualTo(count);
        assertSeconds(figure.path("averageSeconds"), average);
        assertSeconds(figure.path("medianSeconds"), median);
        assertSeconds(figure.path("p90Seconds"), p90);
    }

    private static void assertSeconds(JsonNode value, Double expected) {
        if (expected == null) {
            assertThat(value.isNull() || value.isMissingNode()).as(value.toString()).isTrue();
        } else {
            assertThat(value.asDouble()).isCloseTo(expected, within(1e-9));
        }
    }

    private static void assertCounts(JsonNode counts, Object... expected) {
        for (int n = 0; n < expected.length; n += 2) {
            assertThat(counts.path((String) expected[n]).asLong()).as(expected[n] + " in " + counts)
                    .isEqualTo(((Integer) expected[n + 1]).longValue());
        }
    }

    private static void assertBucket(JsonNode bucket, Instant start, long total, long device, long staff, long system) {
        assertThat(Instant.parse(bucket.path("start").asString())).isEqualTo(start);
        assertThat(bucket.path("total").asLong()).isEqualTo(total);
        assertThat(bucket.path("device").asLong()).isEqualTo(device);
        assertThat(bucket.path("staff").asLong()).isEqualTo(staff);
        assertThat(bucket.path("system").asLong()).isEqualTo(system);
    }
}
