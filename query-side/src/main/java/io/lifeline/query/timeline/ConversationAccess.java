package io.lifeline.query.timeline;

import io.lifeline.query.config.NotVisible;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Decides who sees a conversation: staff see every one, a device only its own. Anything else is
 * answered exactly like a conversation that does not exist, so ids never leak.
 */
@Component
class ConversationAccess {
    private final ConversationSummaryRepository summaries;

    ConversationAccess(ConversationSummaryRepository summaries) {
        this.summaries = summaries;
    }

    /** The caller's view of the conversation, or {@link NotVisible}. */
    Caller check(UUID conversationId, Authentication caller) {
        ConversationSummary summary = summaries.findById(conversationId.toString())
                .orElseThrow(() -> new NotVisible("conversation " + conversationId));
        boolean staff = isStaff(caller);
        if (!staff && !summary.ownedBy(caller.getName())) {
            throw new NotVisible("conversation " + conversationId);
        }
        return new Caller(summary, staff);
    }

    private static boolean isStaff(Authentication caller) {
        return caller.getAuthorities().stream().map(Object::toString)
                .anyMatch(role -> role.equals("ROLE_ADMIN") || role.equals("ROLE_AGENT") || role.equals("ROLE_ANALYST"));
    }

    /** A conversation the caller may see; only staff see private notes. */
    record Caller(ConversationSummary summary, boolean seesPrivateNotes) {}
}
