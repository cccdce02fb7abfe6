package io.lifeline.query.cannedreplies;

import java.util.UUID;

/** A canned reply as staff see it: whose it is (a team, or a staff member), its shortcut and its text with placeholders. */
record CannedReplyView(UUID cannedReplyId, UUID teamId, UUID staffId, String shortcut, String text) {}
