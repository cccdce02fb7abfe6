package io.lifeline.query.notifications;

/** Why a staff member is notified. */
enum NotificationKind {
    /** A conversation was started: for every active admin and agent. */
    NEW_CONVERSATION,
    /** The recipient became a conversation's assignee. */
    ASSIGNED_TO_YOU,
    /** A device sent an urgent message: for the assignee and joined staff, or every admin and agent when unassigned. */
    URGENT_MESSAGE,
    /** A staff message or private note named the recipient as {@code @username}. */
    MENTIONED,
    /**
     * A conversation missed a response target: for its assignee, and for every active admin when the
     * conversation was urgent (an urgent breach is escalated).
     */
    TARGET_MISSED
}
