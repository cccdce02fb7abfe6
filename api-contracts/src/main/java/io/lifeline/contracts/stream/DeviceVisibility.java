package io.lifeline.contracts.stream;

import java.util.Set;

/**
 * Which conversation events a device sees of its own conversation: everything but private notes
 * and how staff organise it (labels, priority, assignment, snoozes, response targets). One rule for every edge that
 * shows events to devices.
 */
public final class DeviceVisibility {
    private static final Set<String> HIDDEN_TYPES = Set.of("PrivateNoteAdded", "LabelAdded", "LabelRemoved",
            "PriorityChanged", "StaffAssigned", "StaffUnassigned", "ConversationSnoozed", "AnswerDeadlineMissed",
            "ResponseClockStarted", "ResponseTargetMissed");

    private DeviceVisibility() {
    }

    /** Whether a device may see an event of this type (the simple name the envelope carries). */
    public static boolean deviceSees(String eventType) {
        return !HIDDEN_TYPES.contains(eventType);
    }
}
