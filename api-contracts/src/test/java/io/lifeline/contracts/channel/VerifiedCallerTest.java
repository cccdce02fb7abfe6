package io.lifeline.contracts.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifeline.contracts.actor.Actor;
import io.lifeline.contracts.actor.DeviceId;
import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.token.TokenClaims;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A verified caller names the same author its messages' events name. */
class VerifiedCallerTest {

    @Test
    void aDeviceIsItsDevice() {
        DeviceId device = new DeviceId("d-" + "a".repeat(40));
        assertThat(VerifiedCaller.device(device.value()).actor()).isEqualTo(Actor.device(device));
    }

    @Test
    void aStaffMemberIsTheirStaffIdHoweverTheTokenWroteIt() {
        StaffId staff = StaffId.random();
        var caller = new VerifiedCaller(TokenClaims.STAFF, staff.toString().toUpperCase(), List.of("AGENT"), null, null, null);
        assertThat(caller.actor()).isEqualTo(Actor.staff(staff));
    }

    @Test
    void aTokenOfNoOtherKindNamesNoAuthor() {
        var caller = new VerifiedCaller("service", "reports", List.of(), null, null, null);
        assertThatThrownBy(caller::actor).isInstanceOf(IllegalArgumentException.class);
    }
}
