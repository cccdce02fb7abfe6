package io.lifeline.query.inbox;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A device's own conversations: the token's subject is the device id, so no other device's can appear. */
@RestController
@Validated
@Tag(name = "Inbox")
class MyConversationsController {
    private final InboxRepository inbox;

    MyConversationsController(InboxRepository inbox) {
        this.inbox = inbox;
    }

    record MyConversations(List<DeviceConversation> conversations) {}

    @GetMapping("/api/query/my/conversations")
    @PreAuthorize("hasRole('DEVICE')")
    @Operation(summary = "The calling device's conversations, latest activity first, with their unread counts",
            description = "Devices only: what the app lists on its start screen, up to limit conversations.")
    MyConversations mine(@RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit,
                         @AuthenticationPrincipal Jwt caller) {
        return new MyConversations(inbox.ofDevice(caller.getSubject(), limit));
    }
}
