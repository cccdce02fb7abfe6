package io.lifeline.contracts.staff;

/** What a staff member may do: administer, answer conversations, or analyse history. */
public enum StaffRole {
    ADMIN, AGENT, ANALYST;

    /** Whether this role takes part in conversations (analysts only read). */
    public boolean handlesConversations() {
        return this != ANALYST;
    }
}
