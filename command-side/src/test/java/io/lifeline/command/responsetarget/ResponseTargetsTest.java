package io.lifeline.command.responsetarget;

import io.lifeline.command.identity.Acting;
import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.conversation.ContextKind;
import io.lifeline.contracts.conversation.Priority;
import io.lifeline.contracts.conversation.ResponseTargetKind;
import io.lifeline.contracts.responsetarget.RemoveResponseTarget;
import io.lifeline.contracts.responsetarget.ResponseTargetRemoved;
import io.lifeline.contracts.responsetarget.ResponseTargetScope;
import io.lifeline.contracts.responsetarget.ResponseTargetSet;
import io.lifeline.contracts.responsetarget.SetResponseTarget;
import io.lifeline.contracts.shape.InvalidField;
import io.lifeline.contracts.staff.StaffRole;
import io.lifeline.contracts.autoreply.BusinessHours;
import io.lifeline.contracts.autoreply.OpeningHours;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Admins keep the response targets: each change one event with what it replaced, a repeat none. */
class ResponseTargetsTest {
    private static final ResponseTargetScope URGENT_EMERGENCIES =
            new ResponseTargetScope(ResponseTargetKind.FIRST_RESPONSE, Priority.URGENT, ContextKind.EMERGENCY);
    private static final ResponseTargetScope URGENT_ANYWHERE =
            new ResponseTargetScope(ResponseTargetKind.FIRST_RESPONSE, Priority.URGENT, null);
    private final FixtureConfiguration<ResponseTargets> fixture = new AggregateTestFixture<>(ResponseTargets.class);

    private static Map<String, String> asAdmin() {
        return Acting.staff(StaffId.parse("0b8f7f0e-3a51-4d8e-9d3c-1f0b6b3a2a03"), StaffRole.ADMIN).toMetaData();
    }

    private static final BusinessHours WEEKDAYS = new BusinessHours("Europe/Berlin", List.of(
            new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0)),
            new OpeningHours(DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(15, 0))), List.of(LocalDate.of(2026, 12, 25)));

    private static Map<String, String> asAgent() {
        return Acting.staff(StaffId.parse("0b8f7f0e-3a51-4d8e-9d3c-1f0b6b3a2a01"), StaffRole.AGENT).toMetaData();
    }

    @Test
    void anAdminSetsTheFirstTarget() {
        fixture.givenNoPriorActivity()
                .when(new SetResponseTarget(URGENT_EMERGENCIES, Duration.ofMinutes(2)), asAdmin())
                .expectEvents(new ResponseTargetSet(URGENT_EMERGENCIES, Duration.ofMinutes(2), null, null));
    }

    @Test
    void aChangeRecordsWhatItReplaced() {
        fixture.given(new ResponseTargetSet(URGENT_EMERGENCIES, Duration.ofMinutes(2), null, null))
                .when(new SetResponseTarget(URGENT_EMERGENCIES, Duration.ofMinutes(1)), asAdmin())
                .expectEvents(new ResponseTargetSet(URGENT_EMERGENCIES, Duration.ofMinutes(1), Duration.ofMinutes(2), null));
    }

    @Test
    void settingTheSameTargetAgainChangesNothing() {
        fixture.given(new ResponseTargetSet(URGENT_EMERGENCIES, Duration.ofMinutes(2), null, null))
                .when(new SetResponseTarget(URGENT_EMERGENCIES, Duration.ofMinutes(2)), asAdmin())
                .expectNoEvents();
    }

    @Test
    void aTargetForOneContextAndOneForEveryContextAreKeptApart() {
        fixture.given(new ResponseTargetSet(URGENT_EMERGENCIES, Duration.ofMinutes(2), null, null))
                .when(new SetResponseTarget(URGENT_ANYWHERE, Duration.ofMinutes(2)), asAdmin())
                .expectEvents(new ResponseTargetSet(URGENT_ANYWHERE, Duration.ofMinutes(2), null, null));
    }

    @Test
    void removingRecordsWhatWasRemovedAndRemovingAgainNothing() {
        fixture.given(new ResponseTargetSet(URGENT_EMERGENCIES, Duration.ofMinutes(2), null, null))
                .when(new RemoveResponseTarget(URGENT_EMERGENCIES), asAdmin())
                .expectEvents(new ResponseTargetRemoved(URGENT_EMERGENCIES, Duration.ofMinutes(2)));
        fixture.given(new ResponseTargetSet(URGENT_EMERGENCIES, Duration.ofMinutes(2), null, null),
                        new ResponseTargetRemoved(URGENT_EMERGENCIES, Duration.ofMinutes(2)))
                .when(new RemoveResponseTarget(URGENT_EMERGENCIES), asAdmin())
                .expectNoEvents();
    }

    @Test
    void countingATargetInBusinessHoursIsAChangeAndCountingItInCalendarTimeAgainAnother() {
        fixture.given(new ResponseTargetSet(URGENT_EMERGENCIES, Duration.ofMinutes(2), null, null))
                .when(new SetResponseTarget(URGENT_EMERGENCIES, Duration.ofMinutes(2), WEEKDAYS), asAdmin())
                .expectEvents(new ResponseTargetSet(URGENT_EMERGENCIES, Duration.ofMinutes(2), Duration.ofMinutes(2), WEEKDAYS));
        fixture.given(new ResponseTargetSet(URGENT_EMERGENCIES, Duration.ofMinutes(2), null, WEEKDAYS))
                .when(new SetResponseTarget(URGENT_EMERGENCIES, Duration.ofMinutes(2), WEEKDAYS), asAdmin())
                .expectNoEvents();
        fixture.given(new ResponseTargetSet(URGENT_EMERGENCIES, Duration.ofMinutes(2), null, WEEKDAYS))
                .when(new SetResponseTarget(URGENT_EMERGENCIES, Duration.ofMinutes(2)), asAdmin())
                .expectEvents(new ResponseTargetSet(URGENT_EMERGENCIES, Duration.ofMinutes(2), Duration.ofMinutes(2), null));
    }

    @Test
    void businessHoursToCountInNameAZoneAndSomeOpeningHours() {
        assertThatThrownBy(() -> new SetResponseTarget(URGENT_EMERGENCIES, Duration.ofMinutes(2),
                new BusinessHours("Europe/Berlin", List.of(), List.of()))).isInstanceOf(InvalidField.class)
                .hasMessageStartingWith("businessHours");
        assertThatThrownBy(() -> new SetResponseTarget(URGENT_EMERGENCIES, Duration.ofMinutes(2),
                new BusinessHours("Mars/Olympus", WEEKDAYS.open(), List.of()))).isInstanceOf(InvalidField.class);
    }

    @Test
    void onlyAdminsSetTargets() {
        fixture.givenNoPriorActivity()
                .when(new SetResponseTarget(URGENT_EMERGENCIES, Duration.ofMinutes(2)), asAgent())
                .expectNoEvents()
                .expectException(ResponseTargetsNotPermitted.class);
    }

    @Test
    void aTargetIsASecondToAYear() {
        assertThatThrownBy(() -> new SetResponseTarget(URGENT_EMERGENCIES, Duration.ZERO)).isInstanceOf(InvalidField.class);
        assertThatThrownBy(() -> new SetResponseTarget(URGENT_EMERGENCIES, Duration.ofDays(367))).isInstanceOf(InvalidField.class);
        assertThatThrownBy(() -> new SetResponseTarget(URGENT_EMERGENCIES, null)).isInstanceOf(InvalidField.class);
    }
}
