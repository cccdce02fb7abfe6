package io.lifeline.contracts.cannedreply;

import io.lifeline.contracts.conversation.MessageBody;
import io.lifeline.contracts.shape.InvalidField;
import java.util.regex.Pattern;

/** The shape of a new or changed canned reply: its shortcut and its text. */
public final class CannedReplyText {
    public static final Pattern SHORTCUT = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");
    public static final int MAX_TEXT_LENGTH = 2_000;

    private CannedReplyText() {
    }

    static void require(String shortcut, MessageBody text) {
        if (shortcut == null || !SHORTCUT.matcher(shortcut).matches()) {
            throw new InvalidField("shortcut", "is 1 to 32 lower-case letters, digits or dashes, starting with a letter or digit");
        }
        if (text == null) {
            throw new InvalidField("text", "is required");
        }
        text.validated();
        if (text.text().isBlank() || text.length() > MAX_TEXT_LENGTH) {
            throw new InvalidField("text", "is 1 to " + MAX_TEXT_LENGTH + " characters");
        }
    }
}
