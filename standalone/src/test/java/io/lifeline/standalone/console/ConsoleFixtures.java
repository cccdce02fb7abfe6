package io.lifeline.standalone.console;

import io.lifeline.standalone.StandaloneForTests;
import java.util.Map;
import java.util.UUID;

/** The people and conversations the console's tests start from, made over the public API. */
final class ConsoleFixtures {
    private ConsoleFixtures() {
    }

    record Staff(String staffId, String username, String password) {}

    /** A device's new conversation, assigned to a staff member. */
    record Assigned(StandaloneForTests.Device device, String conversationId) {}

    /** A new staff member with a role, registered by the admin. */
    static Staff newStaff(StandaloneForTests lifeline, String role) throws Exception {
        String username = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "a long enough pass phrase " + UUID.randomUUID();
        String staffId = lifeline.call("POST", "/api/staff", lifeline.adminToken(),
                Map.of("username", username, "displayName", "Agent " + username, "role", role, "password", password))
                .path("staffId").asString();
        return new Staff(staffId, username, password);
    }

    /** A new device's conversation whose first message is its subject, assigned to the staff member. */
    static Assigned conversationAssignedTo(StandaloneForTests lifeline, Staff staff, String subject) throws Exception {
        var device = lifeline.newDevice();
        String conversation = lifeline.startConversation(device.token(), subject);
        assign(lifeline, conversation, staff);
        return new Assigned(device, conversation);
    }

    static void assign(StandaloneForTests lifeline, String conversation, Staff staff) throws Exception {
        lifeline.call("PUT", "/api/conversations/" + conversation + "/assignee", lifeline.adminToken(),
                Map.of("staffId", staff.staffId()));
    }
}
