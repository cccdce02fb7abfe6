package io.lifeline.command.conversation;

import static io.lifeline.command.conversation.ConversationFixtures.*;
import static org.axonframework.commandhandling.GenericCommandMessage.asCommandMessage;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;

import io.lifeline.command.identity.Acting;
import io.lifeline.command.identity.StoredAggregates;
import io.lifeline.contracts.actor.Actor;
import io.lifeline.contracts.conversation.*;
import java.time.Duration;
import java.util.function.Predicate;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.Test;

/**
 * A conversation's response clocks: started only where admins set a target, stopped by a staff
 * answer or a resolution, each missed deadline reported once, and a deadline of an earlier clock
 * ignored once the clock started again.
 */
class ConversationResponseTargetsTest {
    private static final Duration FIRST = Duration.ofMinutes(5);
    private static final Duration NEXT = Duration.ofMinutes(10);
    private static final Duration RESOLUTION = Duration.ofHours(4);
    private static final Duration URGENT_EMERGENCY_FIRST = Duration.ofMinutes(1);

    private final FixtureConfiguration<Conversation> fixture = fixtureWith(new SetTargets()
            .set(ResponseTargetKind.FIRST_RESPONSE, Priority.NORMAL, null, FIRST)
            .set(ResponseTargetKind.NEXT_RESPONSE, Priority.NORMAL, null, NEXT)
            .set(ResponseTargetKind.RESOLUTION, Priority.NORMAL, null, RESOLUTION)
            .set(ResponseTargetKind.FIRST_RESPONSE, Priority.URGENT, null, Duration.ofMinutes(3))
            .set(ResponseTargetKind.FIRST_RESPONSE, Priority.URGENT, ContextKind.EMERGENCY, URGENT_EMERGENCY_FIRST));

    private static FixtureConfiguration<Conversation> fixtureWith(SetTargets targets) {
        FixtureConfiguration<Conversation> fixture = newFixture(targets);
        fixture.registerAnnotatedCommandHandler(new ConversationStarter(fixture.getRepository(),
                new ConversationStartTest.RememberedOpenConversations(), LIMITS,
                new StoredAggregates(ConversationStartTest.storeOf(fixture))));
        return fixture;
    }

    private static CommandMessage<?> deviceStarts(Priority priority, ConversationContext context) {
        return asCommandMessage(new StartConversation(ID, DEVICE, Channel.MOBILE, "Help", context, priority, null, null, false))
                .andMetaData(asDevice());
    }

    private static CommandMessage<?> as(Object command, java.util.Map<String, String> actor) {
        return asCommandMessage(command).andMetaData(actor);
    }

    @Test
    void aDevicesNewConversationStartsItsFirstResponseAndResolutionClocks() {
        fixture.givenNoPriorActivity()
                .when(new StartConversation(ID, DEVICE, Channel.MOBILE, "Help", ConversationContext.general(),
                        Priority.NORMAL, null, null, false), asDevice())
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        is(ConversationStarted.class, started -> true),
                        is(ResponseClockStarted.class, clock -> clock.kind() == ResponseTargetKind.FIRST_RESPONSE
                                && clock.within().equals(FIRST)),
                        is(ResponseClockStarted.class, clock -> clock.kind() == ResponseTargetKind.RESOLUTION
                                && clock.within().equals(RESOLUTION)),
                        andNoMore())))
                .expectScheduledDeadlineWithName(FIRST, Conversation.RESPONSE_DUE)
                .expectScheduledDeadlineWithName(RESOLUTION, Conversation.RESPONSE_DUE);
    }

    @Test
    void theTargetOfTheConversationsOwnContextWinsOverTheOneForEveryContext() {
        fixture.givenNoPriorActivity()
                .when(new StartConversation(ID, DEVICE, Channel.MOBILE, "Help", new ConversationContext(ContextKind.EMERGENCY, null),
                        Priority.URGENT, null, null, false), asDevice())
                .expectScheduledDeadlineWithName(URGENT_EMERGENCY_FIRST, Conversation.RESPONSE_DUE);
    }

    @Test
    void noAnswerInTimeIsAFirstResponseBreachReportedOnce() {
        fixture.givenCommands(deviceStarts(Priority.NORMAL, ConversationContext.general()))
                .whenTimeElapses(FIRST.plusSeconds(1))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        is(ResponseTargetMissed.class, missed -> missed.kind() == ResponseTargetKind.FIRST_RESPONSE
                                && missed.priority() == Priority.NORMAL),
                        andNoMore())));
    }

    @Test
    void aStaffAnswerInTimeMeansNoBreach() {
        fixture.givenCommands(deviceStarts(Priority.NORMAL, ConversationContext.general()),
                        as(new JoinConversation(ID), asAgent()), as(sendText("a-1", "on it"), asAgent()))
                .whenTimeElapses(FIRST.plusSeconds(1))
                .expectNoEvents();
    }

    @Test
    void aPrivateNoteIsNoAnswer() {
        fixture.givenCommands(deviceStarts(Priority.NORMAL, ConversationContext.general()),
                        as(new JoinConversation(ID), asAgent()),
                        as(new AddPrivateNote(ID, MessageId.random(), new MessageBody("calling back later")), asAgent()))
                .whenTimeElapses(FIRST.plusSeconds(1))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        is(ResponseTargetMissed.class, missed -> missed.kind() == ResponseTargetKind.FIRST_RESPONSE),
                        andNoMore())));
    }

    @Test
    void anAutomatedReplyIsNoAnswer() {
        // Started (0), its two clocks (1, 2), the device's first message (3), then the greeting.
        fixture.givenCommands(deviceStarts(Priority.NORMAL, ConversationContext.general()),
                        as(sendText("d-1", "hello?"), asDevice()),
                        as(new SendAutomatedReply(ID, MessageId.random(), "3f2504e0-4f89-41d3-9a0c-0305e82c3301", true, 3,
                                new MessageBody("Hello, we read every message.")), Acting.system("automated-replies").toMetaData()))
                .whenTimeElapses(FIRST.plusSeconds(1))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        is(ResponseTargetMissed.class, missed -> missed.kind() == ResponseTargetKind.FIRST_RESPONSE),
                        andNoMore())));
    }

    @Test
    void aConversationResolvedBeforeItsDeadlinesMissesNone() {
        fixture.givenCommands(deviceStarts(Priority.NORMAL, ConversationContext.general()),
                        as(new ResolveConversation(ID), asAdmin()))
                .whenTimeElapses(RESOLUTION.plusSeconds(1))
                .expectNoEvents();
    }

    @Test
    void anUnresolvedConversationMissesItsResolutionTarget() {
        fixture.givenCommands(deviceStarts(Priority.NORMAL, ConversationContext.general()),
                        as(new JoinConversation(ID), asAgent()), as(sendText("a-1", "looking into it"), asAgent()))
                .whenTimeElapses(RESOLUTION.plusSeconds(1))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        is(ResponseTargetMissed.class, missed -> missed.kind() == ResponseTargetKind.RESOLUTION),
                        andNoMore())));
    }

    @Test
    void aDevicesMessageAfterAStaffAnswerStartsTheNextResponseClock() {
        fixture.givenCommands(deviceStarts(Priority.NORMAL, ConversationContext.general()),
                        as(new JoinConversation(ID), asAgent()), as(sendText("a-1", "hello"), asAgent()))
                .when(sendText("d-1", "one more thing"), asDevice())
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        is(MessageSent.class, sent -> true),
                        is(ResponseClockStarted.class, clock -> clock.kind() == ResponseTargetKind.NEXT_RESPONSE),
                        andNoMore())))
                .expectScheduledDeadlineWithName(NEXT, Conversation.RESPONSE_DUE);
    }

    @Test
    void aDevicesMessageBeforeAnyAnswerStartsNoOtherClock() {
        fixture.givenCommands(deviceStarts(Priority.NORMAL, ConversationContext.general()))
                .when(sendText("d-1", "hello? still here"), asDevice())
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        is(MessageSent.class, sent -> true), andNoMore())));
    }

    @Test
    void theNextAnswerInTimeStopsTheNextResponseClock() {
        fixture.givenCommands(deviceStarts(Priority.NORMAL, ConversationContext.general()),
                        as(new JoinConversation(ID), asAgent()), as(sendText("a-1", "hello"), asAgent()),
                        as(sendText("d-1", "one more thing"), asDevice()), as(sendText("a-2", "sure"), asAgent()),
                        as(new ResolveConversation(ID), asAgent()))
                .whenTimeElapses(RESOLUTION.plusSeconds(1))
                .expectNoEvents();
    }

    @Test
    void aDeviceReopeningAResolvedConversationStartsItsResolutionAndNextResponseClocksAgain() {
        fixture.givenCommands(deviceStarts(Priority.NORMAL, ConversationContext.general()),
                        as(new JoinConversation(ID), asAgent()), as(sendText("a-1", "fixed"), asAgent()),
                        as(new ResolveConversation(ID), asAgent()))
                .when(sendText("d-1", "it broke again"), asDevice())
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        is(ConversationReopened.class, reopened -> true),
                        is(MessageSent.class, sent -> true),
                        is(ResponseClockStarted.class, clock -> clock.kind() == ResponseTargetKind.RESOLUTION),
                        is(ResponseClockStarted.class, clock -> clock.kind() == ResponseTargetKind.NEXT_RESPONSE),
                        andNoMore())));
    }

    @Test
    void theDeadlineOfAnEarlierClockIsIgnoredOnceTheClockStartedAgain() {
        // Resolved and reopened at once: two resolution deadlines fall due together, and only the running clock's counts.
        fixture.givenCommands(deviceStarts(Priority.NORMAL, ConversationContext.general()),
                        as(new ResolveConversation(ID), asAdmin()), as(new ReopenConversation(ID), asAdmin()))
                .whenTimeElapses(RESOLUTION.plusSeconds(1))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        is(ResponseTargetMissed.class, missed -> missed.kind() == ResponseTargetKind.RESOLUTION),
                        andNoMore()))); // the first response's clock stopped with the resolution
    }

    @Test
    void withoutTargetsNothingIsCountedOrScheduled() {
        fixtureWith(new SetTargets()).givenNoPriorActivity()
                .when(new StartConversation(ID, DEVICE, Channel.MOBILE, "Help", ConversationContext.general(),
                        Priority.NORMAL, null, null, false), asDevice())
                .expectEvents(started())
                .expectNoScheduledDeadlines();
    }

    @Test
    void aConversationStaffStartHasNoResponseClocks() {
        fixture.givenNoPriorActivity()
                .when(new StartConversation(ID, DEVICE, Channel.STAFF, "Help", ConversationContext.general(),
                        Priority.NORMAL, null, null, false), asAgent())
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        is(ConversationStarted.class, started -> started.startedBy().equals(Actor.staff(AGENT))),
                        andNoMore())))
                .expectNoScheduledDeadlines();
    }

    @Test
    void clocksKeepRunningWhileTheConversationIsSnoozed() {
        fixture.givenCommands(deviceStarts(Priority.NORMAL, ConversationContext.general()),
                        as(new SnoozeConversation(ID, java.time.Instant.now().plus(Duration.ofDays(1))), asAdmin()))
                .whenTimeElapses(FIRST.plusSeconds(1))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        is(ResponseTargetMissed.class, missed -> missed.kind() == ResponseTargetKind.FIRST_RESPONSE),
                        andNoMore())));
    }

    @Test
    void aTargetCountedInBusinessHoursIsDueAfterThatMuchOpenTime() {
        var weekdays = new io.lifeline.contracts.autoreply.BusinessHours("Europe/Berlin", java.util.stream.Stream.of(
                        java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.TUESDAY, java.time.DayOfWeek.WEDNESDAY,
                        java.time.DayOfWeek.THURSDAY, java.time.DayOfWeek.FRIDAY)
                .map(day -> new io.lifeline.contracts.autoreply.OpeningHours(day, java.time.LocalTime.of(9, 0),
                        java.time.LocalTime.of(17, 0))).toList(), java.util.List.of());
        java.time.Instant saturdayNoon = java.time.Instant.parse("2026-12-05T11:00:00Z");
        java.time.Instant mondayFivePastNine = java.time.Instant.parse("2026-12-07T08:05:00Z");
        fixtureWith(new SetTargets().set(ResponseTargetKind.FIRST_RESPONSE, Priority.NORMAL, null,
                        new ResponseTarget(FIRST, weekdays)))
                .givenCurrentTime(saturdayNoon)
                .when(new StartConversation(ID, DEVICE, Channel.MOBILE, "Help", ConversationContext.general(),
                        Priority.NORMAL, null, null, false), asDevice())
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        is(ConversationStarted.class, started -> true),
                        is(ResponseClockStarted.class, clock -> clock.within().equals(FIRST)
                                && clock.dueBy().equals(mondayFivePastNine)),
                        andNoMore())))
                .expectScheduledDeadlineWithName(mondayFivePastNine, Conversation.RESPONSE_DUE);
    }

    private static <T> Matcher<Object> is(Class<T> type, Predicate<T> rule) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object payload) {
                return type.isInstance(payload) && rule.test(type.cast(payload));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a " + type.getSimpleName() + " as expected");
            }
        };
    }
}
