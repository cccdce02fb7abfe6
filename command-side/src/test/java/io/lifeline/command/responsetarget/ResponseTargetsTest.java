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
import java.time.Duration;
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

    private static Map<String, String> asAgent() {
        return Acting.staff(StaffId.parse("0b8f7f0e-3a51-4d8e-9d3c-1f0b6b3a2a01"), StaffRole.AGENT).toMetaData();
    }

    @Test
    void anAdminSetsTheFirstTarget() {
        fixture.givenNoPriorActivity()
                .when(new SetResponseTarget(URGENT_EMERGENCIES, Duration.ofMinutes(2)), asAdmin())
                .expectEvents(new ResponseTargetSet(URGENT_EMERGENCIES, Duration.ofMinutes(2), null));
    }

    @Test
    void aChangeRecordsWhatItReplaced() {
        fixture.given(new ResponseTargetSet(URGENT_EMERGENCIES, Duration.ofMinutes(2), null))
                .when(new SetResponseTarget(URGENT_EMERGENCIES, Duration.ofMinutes(1)), asAdmin())
                .expectEvents(new ResponseTargetSet(URGENT_EMERGENCIES, Duration.ofMinutes(1), Duration.ofMinutes(2)));
    }

    @Test
    void settingTheSameTargetAgainChangesNothing() {
        fixture.given(new ResponseTargetSet(URGENT_EMERGENCIES, Duration.ofMinutes(2), null))
                .when(new SetResponseTarget(URGENT_EMERGENCIES, Duration.ofMinutes(2)), asAdmin())
                .expectNoEvents();
    }

    @Test
    void aTargetForOneContextAndOneForEveryContextAreKeptApart() {
        fixture.given(new ResponseTargetSet(URGENT_EMERGENCIES, Duration.ofMinutes(2), null))
                .when(new SetResponseTarget(URGENT_ANYWHERE, Duration.ofMinutes(2)), asAdmin())
                .expectEvents(new ResponseTargetSet(URGENT_ANYWHERE, Duration.ofMinutes(2), null));
    }

    @Test
    void removingRecordsWhatWasRemovedAndRemovingAgainNothing() {
        fixture.given(new ResponseTargetSet(URGENT_EMERGENCIES, Duration.ofMinutes(2), null))
                .when(new RemoveResponseTarget(URGENT_EMERGENCIES), asAdmin())
                .expectEvents(new ResponseTargetRemoved(URGENT_EMERGENCIES, Duration.ofMinutes(2)));
        fixture.given(new ResponseTargetSet(URGENT_EMERGENCIES, Duration.ofMinutes(2), null),
                        new ResponseTargetRemoved(URGENT_EMERGENCIES, Duration.ofMinutes(2)))
                .when(new RemoveResponseTarget(URGENT_EMERGENCIES), asAdmin())
                .expectNoEvents();
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
