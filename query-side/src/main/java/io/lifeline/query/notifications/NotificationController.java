package io.lifeline.query.notifications;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The calling staff member's own notifications: list, unread count, mark read. */
@RestController
@Validated
@Tag(name = "Notifications")
@PreAuthorize("hasAnyRole('ADMIN', 'AGENT', 'ANALYST')")
class NotificationController {
    private final NotificationInbox inbox;

    NotificationController(NotificationInbox inbox) {
        this.inbox = inbox;
    }

    record NotificationPage(List<NotificationView> notifications, Long next) {}

    record UnreadCount(long unread) {}

    record MarkedRead(int marked) {}

    @GetMapping("/api/query/notifications")
    @Operation(summary = "My notifications, newest first",
            description = "Newest is the most recently recorded: a notification of an event whose transaction committed "
                    + "after a later one's comes when it was recorded, above what was there before. Page with 'after' = "
                    + "the 'next' cursor of the previous page; 'unreadOnly' leaves out those read.")
    NotificationPage notifications(@RequestParam(defaultValue = "false") boolean unreadOnly,
                                   @RequestParam(required = false) @Min(0) Long after,
                                   @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit,
                                   Authentication caller) {
        List<NotificationInbox.Row> rows = inbox.page(caller.getName(), unreadOnly,
                after == null ? Long.MAX_VALUE : after, limit + 1);
        List<NotificationInbox.Row> page = rows.subList(0, Math.min(limit, rows.size()));
        Long next = rows.size() > limit ? page.get(page.size() - 1).recordedOrder() : null;
        return new NotificationPage(page.stream().map(NotificationInbox.Row::view).toList(), next);
    }

    @GetMapping("/api/query/notifications/unread-count")
    @Operation(summary = "How many of my notifications are unread",
            description = "The count behind the staff console's bell: the caller's own notifications only.")
    UnreadCount unreadCount(Authentication caller) {
        return new UnreadCount(inbox.unread(caller.getName()));
    }

    @PostMapping("/api/query/notifications/{id}/read")
    @Operation(summary = "Mark one of my notifications read", description = "Someone else's notification is a 404.")
    UnreadCount markRead(@PathVariable UUID id, Authentication caller) {
        inbox.markRead(caller.getName(), id);
        return new UnreadCount(inbox.unread(caller.getName()));
    }

    @PostMapping("/api/query/notifications/read-all")
    @Operation(summary = "Mark all my notifications read",
            description = "Answers how many were marked; marking again answers 0.")
    MarkedRead markAllRead(Authentication caller) {
        return new MarkedRead(inbox.markAllRead(caller.getName()));
    }
}
