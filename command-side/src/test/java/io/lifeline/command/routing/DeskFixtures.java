package io.lifeline.command.routing;

import io.lifeline.command.identity.Acting;
import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.conversation.Channel;
import io.lifeline.contracts.conversation.ContextKind;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.conversation.Priority;
import io.lifeline.contracts.routing.*;
import io.lifeline.contracts.staff.StaffRole;
import java.util.Map;
import java.util.UUID;

/** Small factories for desk tests: one support team of two agents, ids fixed so failures read well. */
final class DeskFixtures {
    static final TeamId SUPPORT = new TeamId(UUID.fromString("00000000-0000-4000-8000-00000000a001"));
    static final TeamId EMERGENCIES = new TeamId(UUID.fromString("00000000-0000-4000-8000-00000000a002"));
    static final RoutingRuleId ALL_TO_SUPPORT = new RoutingRuleId(UUID.fromString("00000000-0000-4000-8000-00000000b001"));
    static final RoutingRuleId EMERGENCY_RULE = new RoutingRuleId(UUID.fromString("00000000-0000-4000-8000-00000000b002"));
    static final StaffId ANA = StaffId.parse("00000000-0000-4000-8000-00000000c001");
    static final StaffId BEN = StaffId.parse("00000000-0000-4000-8000-00000000c002");
    static final StaffId CARL = StaffId.parse("00000000-0000-4000-8000-00000000c004");
    static final StaffId ADMIN = StaffId.parse("00000000-0000-4000-8000-00000000c003");
    static final RoutingSettings SETTINGS = new RoutingSettings(2, 50, 1, 1);

    private DeskFixtures() {
    }

    static Map<String, String> asAdmin() {
        return Acting.staff(ADMIN, StaffRole.ADMIN).toMetaData();
    }

    static Map<String, String> asAgent(StaffId agent) {
        return Acting.staff(agent, StaffRole.AGENT).toMetaData();
    }

    static Map<String, String> asDesk() {
        return AutoAssignment.DESK.toMetaData();
    }

    static ConversationId conversation(int n) {
        return new ConversationId(UUID.fromString(String.format("00000000-0000-4000-8000-%012d", n)));
    }

    static RoutingTicket ticket(int arrival) {
        return ticket(arrival, Priority.NORMAL);
    }

    static RoutingTicket ticket(int arrival, Priority priority) {
        return new RoutingTicket(ContextKind.SUPPORT, Channel.WIDGET, priority, arrival);
    }

    static RouteConversation route(int n) {
        return route(n, Priority.NORMAL);
    }

    static RouteConversation route(int n, Priority priority) {
        return new RouteConversation(conversation(n), ContextKind.SUPPORT, Channel.WIDGET, priority);
    }

    /** A desk with the support team (round robin: Ana, then Ben), a rule sending everything to it, both online. */
    static Object[] supportDesk(RoutingStrategy strategy) {
        return new Object[] {
                new DeskOpened(DeskId.DESK),
                new TeamCreated(SUPPORT, new TeamName("Support"), strategy),
                new TeamMemberAdded(SUPPORT, ANA),
                new TeamMemberAdded(SUPPORT, BEN),
                new RoutingRuleCreated(ALL_TO_SUPPORT, 100, new RoutingMatch(null, null), SUPPORT),
                new AgentAvailabilityChanged(ANA, Availability.ONLINE, Availability.OFFLINE),
                new AgentAvailabilityChanged(BEN, Availability.ONLINE, Availability.OFFLINE)};
    }

    static RoutingDecision decision(RoutingCause cause, int load, int capacity, Integer queuedAt) {
        return decision(cause, RoutingStrategy.ROUND_ROBIN, load, capacity, queuedAt);
    }

    static RoutingDecision decision(RoutingCause cause, RoutingStrategy strategy, int load, int capacity, Integer queuedAt) {
        return new RoutingDecision(cause, ALL_TO_SUPPORT, SUPPORT, strategy, load, capacity, queuedAt);
    }

    static ConversationRouted routed(int n, StaffId agent, int load) {
        return new ConversationRouted(conversation(n), ticket(n - 1), agent, null, decision(RoutingCause.STARTED, load, 2, null));
    }

    static ConversationQueued queued(int n, int position) {
        return new ConversationQueued(conversation(n), ticket(n - 1), SUPPORT, ALL_TO_SUPPORT, position, null);
    }
}
