package io.lifeline.bridge.signals;

import io.lifeline.contracts.protocol.OnlineStaff;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The staff online now across every bridge, each with the instant their presence expires unless renewed. */
@RestController
class PresenceController {
    private final Presence presence;

    PresenceController(Presence presence) {
        this.presence = presence;
    }

    @GetMapping("/ws/presence")
    @PreAuthorize("hasAnyRole('ADMIN', 'AGENT', 'ANALYST')")
    List<OnlineStaff> online() {
        return presence.online();
    }
}
