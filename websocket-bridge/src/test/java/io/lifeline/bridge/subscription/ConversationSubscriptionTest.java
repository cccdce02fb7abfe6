package io.lifeline.bridge.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.bridge.connection.Caller;
import io.lifeline.bridge.connection.Connection;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.protocol.CloseCodes;
import io.lifeline.contracts.stream.DeviceVisibility;
import io.lifeline.contracts.stream.EventEnvelope;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * One subscription driven by hand: stored pages as the gap filler would hand them over, live
 * events as Kafka would, and a client that takes every frame at once. Event frames are written
 * {@code event <sequence>} and the subscribed frame {@code subscribed <through>}.
 */
class ConversationSubscriptionTest {
    private static final ConversationId CONVERSATION = ConversationId.random();
    private static final Caller STAFF = new Caller("5f1c2f9e-0000-4000-8000-000000000001", "staff", List.of("AGENT"),
            "staff-token", null, null, null);
    private static final Caller DEVICE = new Caller("d-1", "device", List.of("DEVICE"), "device-token", null, null, null);
    private final RecordingTransport client = new RecordingTransport();

    @Test
    void nothingIsSentBeforeTheFirstFillAuthorisesTheSubscription() {
        var subscription = subscribe(STAFF, -1);

        assertThat(subscription.live(event(0))).isFalse(); // the first fill is already under way
        assertThat(subscription.live(event(1))).isFalse();

        assertThat(client.frames()).isEmpty();
        assertThat(subscription.authorised()).isFalse();
        assertThat(fill(subscription, stored(0, 0))).isTrue();
        assertThat(subscription.authorised()).isTrue();
        assertThat(client.frames()).containsExactly("event 0", "event 1", "subscribed 1");
    }

    @Test
    void liveEventsArrivingDuringAFillFollowThePageInOrderWithoutDuplicates() {
        var subscription = subscribe(STAFF, 1);

        subscription.live(event(5));
        subscription.live(event(3)); // also in the page
        subscription.live(event(4));
        subscription.live(event(4)); // the stream is at least once
        assertThat(client.frames()).isEmpty();
        assertThat(fill(subscription, stored(2, 3))).isTrue();

        assertThat(client.frames()).containsExactly("event 2", "event 3", "event 4", "event 5", "subscribed 5");
    }

    @Test
    void theSubscribedFrameFollowsTheGapAndTheEventsHeldDuringItAndComesBeforeLaterLiveEvents() {
        var subscription = subscribe(STAFF, -1);
        subscription.live(event(3));

        assertThat(fill(subscription, stored(0, 2))).isTrue();
        subscription.live(event(4));

        assertThat(client.frames()).containsExactly("event 0", "event 1", "event 2", "event 3", "subscribed 3", "event 4");
    }

    @Test
    void theSubscribedFrameIsSentOnlyOnceWhateverLaterGapsAreFilled() {
        var subscription = subscribe(STAFF, -1);
        fill(subscription, stored(0, 1));
        assertThat(subscription.live(event(4))).isTrue();
        fill(subscription, stored(2, 3));

        assertThat(client.frames()).containsExactly("event 0", "event 1", "subscribed 1", "event 2", "event 3", "event 4");
    }

    @Test
    void eventsAtOrBelowWhatWasSentAreDropped() {
        var subscription = subscribe(STAFF, -1);
        fill(subscription, stored(0, 2));

        assertThat(subscription.live(event(2))).isFalse();
        assertThat(subscription.live(event(0))).isFalse();
        subscription.live(event(3));
        subscription.live(event(3));

        assertThat(client.sequences()).containsExactly(0L, 1L, 2L, 3L);
        assertThat(subscription.through()).isEqualTo(3);
    }

    @Test
    void aPageReachingBackBeforeWhatWasSentSendsNothingTwice() {
        var subscription = subscribe(STAFF, 1);

        fill(subscription, stored(0, 3));

        assertThat(client.sequences()).containsExactly(2L, 3L);
    }

    @Test
    void theNextLiveEventGoesOutAtOnce() {
        var subscription = subscribe(STAFF, -1);
        fill(subscription, stored(0, 0));

        assertThat(subscription.live(event(1))).isFalse();

        assertThat(client.sequences()).containsExactly(0L, 1L);
    }

    @Test
    void aLiveEventThatSkipsAheadOpensAGapAndWaitsUntilAFillClosesIt() {
        var subscription = subscribe(STAFF, -1);
        fill(subscription, stored(0, 1));

        assertThat(subscription.live(event(4))).as("a gap opened").isTrue();
        assertThat(subscription.live(event(5))).as("the same gap: its fill is already under way").isFalse();
        assertThat(subscription.live(event(2))).as("the gap's own events wait for its fill too").isFalse();
        assertThat(client.sequences()).containsExactly(0L, 1L);
        assertThat(subscription.fillFrom()).isEqualTo(1);

        assertThat(fill(subscription, stored(2, 3))).isTrue();
        assertThat(client.sequences()).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
        assertThat(subscription.live(event(6))).isFalse();
        assertThat(client.sequences()).endsWith(6L);
    }

    @Test
    void aFillThatLeavesAGapAsksForMoreAndHoldsTheLiveEventsBack() {
        var subscription = subscribe(STAFF, -1);
        fill(subscription, stored(0, 0));
        subscription.live(event(6));

        assertThat(fill(subscription, stored(1, 2))).as("the store has not shown 3 to 5 yet").isFalse();
        assertThat(client.sequences()).containsExactly(0L, 1L, 2L);
        assertThat(subscription.fillFrom()).isEqualTo(2);
        assertThat(fill(subscription, new EventPage(List.of(), 2, false))).isFalse();
        assertThat(fill(subscription, stored(3, 5))).isTrue();

        assertThat(client.sequences()).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L);
    }

    @Test
    void aPageWithMoreBehindItKeepsTheFillGoingAndLiveEventsWaiting() {
        var subscription = subscribe(STAFF, -1);
        subscription.live(event(4));

        assertThat(fill(subscription, new EventPage(List.of(event(0), event(1)), 1, true))).isFalse();
        assertThat(client.frames()).containsExactly("event 0", "event 1");
        assertThat(fill(subscription, stored(2, 3))).isTrue();

        assertThat(client.frames()).containsExactly("event 0", "event 1", "event 2", "event 3", "event 4", "subscribed 4");
    }

    @Test
    void aDeviceSubscriptionPassesOverStaffOnlyEventsWithoutSendingThem() {
        var subscription = subscribe(DEVICE, -1);
        fill(subscription, new EventPage(List.of(event(0, "ConversationStarted"), event(1, "MessageSent"),
                event(2, "StaffAssigned"), event(3, "PrivateNoteAdded")), 3, false));

        assertThat(client.frames()).containsExactly("event 0", "event 1", "subscribed 3");
        assertThat(subscription.through()).isEqualTo(3);
        assertThat(subscription.live(event(4, "PriorityChanged"))).isFalse();
        assertThat(subscription.live(event(5, "MessageSent"))).as("no gap: 4 is accounted for").isFalse();
        assertThat(client.frames()).containsExactly("event 0", "event 1", "subscribed 3", "event 5");
    }

    @Test
    void aDevicePageThatLeavesOutStaffOnlyEventsStillAccountsForThem() {
        // The query side leaves them out of a device's pages; its 'through' still covers them.
        var subscription = subscribe(DEVICE, -1);
        subscription.live(event(3, "MessageSent"));

        assertThat(fill(subscription, new EventPage(List.of(event(0, "ConversationStarted"), event(1, "MessageSent")), 2,
                false))).isTrue();

        assertThat(client.frames()).containsExactly("event 0", "event 1", "event 3", "subscribed 3");
    }

    @Test
    void staffSeeStaffOnlyEvents() {
        var subscription = subscribe(STAFF, -1);
        fill(subscription, new EventPage(List.of(event(0, "ConversationStarted"), event(1, "PrivateNoteAdded")), 1, false));
        subscription.live(event(2, "StaffAssigned"));

        assertThat(client.sequences()).containsExactly(0L, 1L, 2L);
    }

    @Test
    void aCancelledSubscriptionSendsNothingMore() {
        var subscription = subscribe(STAFF, -1);
        subscription.live(event(1));
        subscription.cancel();

        assertThat(fill(subscription, stored(0, 0))).as("nothing left to fill").isTrue();
        assertThat(subscription.live(event(2))).isFalse();
        assertThat(subscription.fillFrom()).isNull();
        assertThat(client.frames()).isEmpty();
    }

    @Test
    void cancellingALiveSubscriptionStopsItsEvents() {
        var subscription = subscribe(STAFF, -1);
        fill(subscription, stored(0, 0));
        subscription.live(event(1));

        subscription.cancel();
        subscription.live(event(2));
        assertThat(subscription.live(event(9))).as("no fill for a cancelled subscription").isFalse();

        assertThat(client.sequences()).containsExactly(0L, 1L);
    }

    @Test
    void tooManyWaitingEventsCloseTheConnectionSoTheClientResumes() {
        var subscription = new ConversationSubscription(new Connection(STAFF, client, 100), CONVERSATION, -1, 3);
        subscription.live(event(1));
        subscription.live(event(2));
        subscription.live(event(3));
        assertThat(client.closeCodes()).isEmpty();

        subscription.live(event(4));

        assertThat(client.closeCodes()).containsExactly(CloseCodes.RESUME);
        assertThat(subscription.connection().isOpen()).isFalse();
        fill(subscription, stored(0, 0));
        assertThat(client.frames()).as("a closed connection gets no frames").isEmpty();
    }

    @Test
    void storedPagesAndLiveEventsInAnyInterleavingSendEverySequenceOnceAndInOrder() {
        for (long seed = 1; seed <= 500; seed++) {
            interleave(new Random(seed), STAFF, "staff, seed " + seed);
        }
    }

    @Test
    void aDeviceInAnyInterleavingGetsEveryEventItMaySeeOnceAndInOrder() {
        for (long seed = 1; seed <= 300; seed++) {
            interleave(new Random(seed), DEVICE, "device, seed " + seed);
        }
    }

    /**
     * Sequences 0..last, some in the store before the subscription starts and the rest appended
     * while it runs. Every event appended after the subscription started comes live at least once;
     * earlier ones may too; some twice; all in a random order, sometimes before the store shows them.
     * Fills read pages from what the store holds at that moment. Steps are picked at random.
     */
    private static void interleave(Random random, Caller caller, String description) {
        int last = random.nextInt(40);
        int storedBefore = random.nextInt(last + 2) - 1;
        long after = random.nextBoolean() ? -1 : random.nextInt(storedBefore + 2) - 1;
        int pageSize = 1 + random.nextInt(6);
        String[] types = new String[last + 1];
        for (int sequence = 0; sequence <= last; sequence++) {
            types[sequence] = random.nextInt(4) == 0 ? "PrivateNoteAdded" : "MessageSent";
        }
        List<Integer> live = new ArrayList<>();
        for (int sequence = 0; sequence <= last; sequence++) {
            int copies = (sequence > storedBefore ? 1 : 0) + (random.nextInt(3) == 0 ? 1 : 0);
            live.addAll(Collections.nCopies(copies, sequence));
        }
        Collections.shuffle(live, random);

        var client = new RecordingTransport();
        var subscription = new ConversationSubscription(new Connection(caller, client, 10_000), CONVERSATION, after, 10_000);
        int stored = storedBefore;
        int nextLive = 0;
        boolean filling = true; // the first fill starts with the subscription
        while (nextLive < live.size() || stored < last || filling) {
            int step = random.nextInt(3);
            if (step == 0 && stored < last) {
                stored++;
            } else if (step == 1 && nextLive < live.size()) {
                int sequence = live.get(nextLive++);
                if (subscription.live(event(sequence, types[sequence]))) {
                    assertThat(filling).as(description + ": a gap is only reported while no fill runs").isFalse();
                    filling = true;
                }
            } else if (step == 2 && filling) {
                long from = subscription.fillFrom();
                long to = Math.min(stored, from + pageSize);
                List<Delivery> page = new ArrayList<>();
                for (long sequence = from + 1; sequence <= to; sequence++) {
                    if (caller.isStaff() || DeviceVisibility.deviceSees(types[(int) sequence])) { // as the query side does
                        page.add(event(sequence, types[(int) sequence]));
                    }
                }
                filling = !fill(subscription, new EventPage(page, Math.max(from, to), to < stored));
            }
        }

        List<Long> expected = LongStream.rangeClosed(after + 1, last)
                .filter(sequence -> caller.isStaff() || DeviceVisibility.deviceSees(types[(int) sequence])).boxed().toList();
        assertThat(client.sequences()).as(description).containsExactlyElementsOf(expected);
        List<String> frames = client.frames();
        List<String> subscribed = frames.stream().filter(frame -> frame.startsWith("subscribed ")).toList();
        assertThat(subscribed).as(description).hasSize(1);
        long through = Long.parseLong(subscribed.get(0).substring("subscribed ".length()));
        assertThat(frames.subList(0, frames.indexOf(subscribed.get(0)))).as(description + ": before subscribed")
                .allMatch(frame -> Long.parseLong(frame.substring(6)) <= through);
        assertThat(subscription.through()).as(description).isEqualTo(last);
        assertThat(client.closeCodes()).as(description).isEmpty();
    }

    private ConversationSubscription subscribe(Caller caller, long after) {
        return new ConversationSubscription(new Connection(caller, client, 1000), CONVERSATION, after, 1000);
    }

    private static boolean fill(ConversationSubscription subscription, EventPage page) {
        return subscription.filled(page, through -> "subscribed " + through);
    }

    /** The store's events from one sequence to another, with nothing more behind them. */
    private static EventPage stored(long from, long to) {
        return new EventPage(LongStream.rangeClosed(from, to).mapToObj(ConversationSubscriptionTest::event).toList(), to,
                false);
    }

    private static Delivery event(long sequence) {
        return event(sequence, "MessageSent");
    }

    private static Delivery event(long sequence, String type) {
        var envelope = new EventEnvelope("event-" + sequence, type, "1", CONVERSATION.toString(), sequence, Instant.EPOCH,
                "device:d-1", null, null, null, null);
        return new Delivery(envelope, "event " + sequence);
    }
}
