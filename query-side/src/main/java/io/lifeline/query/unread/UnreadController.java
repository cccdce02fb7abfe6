package io.lifeline.query.unread;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's unread badge: the caller is the token's subject, so a device only ever sees its own conversations. */
@RestController
@Tag(name = "Unread")
class UnreadController {
    private final UnreadRepository unread;

    UnreadController(UnreadRepository unread) {
        this.unread = unread;
    }

    record Unread(long total, List<UnreadCount> conversations) {}

    @GetMapping("/api/query/unread")
    @PreAuthorize("hasAnyRole('ADMIN', 'AGENT', 'ANALYST', 'DEVICE')")
    @Operation(summary = "The caller's unread messages: the total badge and the conversations that have any",
            description = "Per conversation of the caller's, the messages others wrote after the caller's read position; "
                    + "marking a conversation read (a command) lowers them.")
    Unread unread(@AuthenticationPrincipal Jwt caller) {
        // the role, not a free claim, says whose read positions these are
        List<String> roles = caller.getClaimAsStringList("roles");
        List<UnreadCount> counts = roles != null && roles.contains("DEVICE")
                ? unread.ofDevice(caller.getSubject())
                : unread.ofStaff(UUID.fromString(caller.getSubject()));
        return new Unread(counts.stream().mapToLong(UnreadCount::unread).sum(), counts);
    }
}
