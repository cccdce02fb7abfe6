package io.lifeline.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.BindException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.PortInUseException;

/** What a failed part's start says, and whether starting again may help. */
class ComponentDidNotStartTest {

    @Test
    void aPortTakenBeforeItWasBoundIsNamedAndWorthAnotherStart() {
        var taken = new IllegalStateException("the web server failed",
                new PortInUseException(37285, new BindException("Address already in use")));

        var failure = new ComponentDidNotStart("the edge", taken);

        assertThat(failure.portTaken()).isTrue();
        assertThat(failure).hasMessage("the edge could not start: port 37285, free when it was chosen, was taken"
                + " meanwhile by another process; start again");
    }

    @Test
    void anyOtherFailureIsNotWorthAnotherStart() {
        var failure = new ComponentDidNotStart("the query side", new IllegalStateException("no such setting"));

        assertThat(failure.portTaken()).isFalse();
        assertThat(failure).hasMessage("the query side could not start: no such setting");
    }
}
