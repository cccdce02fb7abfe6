package io.lifeline.command.routing;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import io.lifeline.command.identity.Acting;
import io.lifeline.contracts.actor.ActorKind;
import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.routing.*;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The routing desk: teams, rules, agents' availability and capacity, who holds which conversation and
 * who waits. There is one desk, so every seat decision is made on one event stream: an instance that
 * decided from a stale desk loses the append and decides again, and no agent is ever routed past
 * capacity (docs/architecture/0002-auto-assignment.md). After every change that may free or add a
 * seat the desk serves its queue, so no conversation waits while an agent of its team has room.
 */
@Aggregate(snapshotTriggerDefinition = "deskSnapshotTrigger")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
class Desk {
    @AggregateIdentifier
    private DeskId id;
    private Map<String, Team> teams = new LinkedHashMap<>();
    private List<Rule> rules = new ArrayList<>();
    private Map<String, Agent> agents = new HashMap<>();
    private Map<String, Seat> seats = new HashMap<>();
    private List<Waiting> waiting = new ArrayList<>();
    private long nextArrival;

    Desk() {
        // Axon creates the desk on its first command and rebuilds it from its snapshot and events through this constructor.
    }

    // --- admins: teams, rules, capacity ----------------------------------------------------------

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(CreateTeam command, Acting acting) {
        requireAdmin(acting, "create teams");
        open();
        if (!teams.containsKey(command.team().toString())) { // a resend creates it once
            apply(new TeamCreated(command.team(), command.name(), command.strategy()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RenameTeam command, Acting acting) {
        requireAdmin(acting, "rename teams");
        Team team = requireTeam(command.team());
        if (!team.name().equals(command.name())) {
            apply(new TeamRenamed(team.id(), command.name(), team.name()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ChangeRoutingStrategy command, Acting acting) {
        requireAdmin(acting, "change a team's routing");
        Team team = requireTeam(command.team());
        if (team.strategy() != command.strategy()) {
            apply(new RoutingStrategyChanged(team.id(), command.strategy(), team.strategy()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(AddTeamMember command, Acting acting, RoutingSettings settings) {
        requireAdmin(acting, "change teams");
        Team team = requireTeam(command.team());
        if (!team.members().contains(command.agent())) {
            apply(new TeamMemberAdded(team.id(), command.agent()));
            serveQueue(settings);
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RemoveTeamMember command, Acting acting) {
        requireAdmin(acting, "change teams");
        Team team = requireTeam(command.team());
        if (team.members().contains(command.agent())) { // the conversations they hold stay with them
            apply(new TeamMemberRemoved(team.id(), command.agent()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(CreateRoutingRule command, Acting acting, RoutingSettings settings) {
        requireAdmin(acting, "create routing rules");
        requireTeam(command.team());
        if (findRule(command.rule()) == null) { // a resend creates it once
            apply(new RoutingRuleCreated(command.rule(), command.order(), command.match(), command.team()));
            serveQueue(settings);
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ChangeRoutingRule command, Acting acting, RoutingSettings settings) {
        requireAdmin(acting, "change routing rules");
        requireTeam(command.team());
        Rule rule = requireRule(command.rule());
        Rule changed = new Rule(command.rule(), command.order(), command.match(), command.team());
        if (!rule.equals(changed)) { // conversations waiting are matched anew, keeping their places
            apply(new RoutingRuleChanged(command.rule(), command.order(), command.match(), command.team()));
            serveQueue(settings);
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RemoveRoutingRule command, Acting acting, RoutingSettings settings) {
        requireAdmin(acting, "remove routing rules");
        requireRule(command.rule());
        apply(new RoutingRuleRemoved(command.rule()));
        serveQueue(settings);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SetAgentCapacity command, Acting acting, RoutingSettings settings) {
        requireAdmin(acting, "set agents' capacity");
        open();
        int previous = agent(command.agent()).capacityOr(settings.defaultCapacity());
        if (previous != command.capacity()) {
            apply(new AgentCapacityChanged(command.agent(), command.capacity(), previous));
            serveQueue(settings);
        }
    }

    // --- agents: availability ---------------------------------------------------------------------

    /**
     * Agents set their own availability, admins anyone's, the desk's process manager that of a
     * deactivated account. Going offline hands each conversation the desk routed to the agent to
     * another available agent of its team, in arrival order, or back to its queue place.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SetAvailability command, Acting acting, RoutingSettings settings) {
        boolean self = acting.actor().isStaff() && acting.actor().staffId().equals(command.agent())
                && acting.role().handlesConversations();
        if (!self && !acting.isAdmin() && !isSystem(acting)) {
            throw new RoutingNotPermitted("only agents set their own availability, admins anyone's");
        }
        open();
        Availability previous = agent(command.agent()).availability();
        if (previous == command.availability()) {
            return;
        }
        apply(new AgentAvailabilityChanged(command.agent(), command.availability(), previous));
        if (command.availability() == Availability.OFFLINE) {
            seating(settings).seatsOf(command.agent()).forEach((conversation, seat) ->
                    seatOrQueue(conversation, seat.ticket(), RoutingCause.AGENT_OFFLINE, command.agent(), settings));
        }
        serveQueue(settings);
    }

    // --- the process manager: conversations come, change hands and go -----------------------------

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RouteConversation command, Acting acting, RoutingSettings settings) {
        requireSystem(acting);
        open();
        String key = command.conversationId().toString();
        if (seats.containsKey(key) || waitingFor(key) != null) {
            return; // routed already: a redelivered start
        }
        RoutingTicket ticket = new RoutingTicket(command.context(), command.channel(), command.priority(), nextArrival);
        if (seating(settings).ruleFor(ticket) != null) { // a conversation no rule matches stays in the unassigned inbox for people
            seatOrQueue(command.conversationId(), ticket, RoutingCause.STARTED, null, settings);
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordAssignee command, Acting acting, RoutingSettings settings) {
        requireSystem(acting);
        open();
        Seat seat = seats.get(command.conversationId().toString());
        if (seat == null || !seat.agent().equals(command.assignee())) {
            apply(new AssigneeRecorded(command.conversationId(), command.assignee(), seat == null ? null : seat.agent()));
            serveQueue(settings);
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(FreeSeat command, Acting acting, RoutingSettings settings) {
        requireSystem(acting);
        open();
        Seat seat = seats.get(command.conversationId().toString());
        if (seat != null && seat.agent().equals(command.agent())) { // else the desk moved it on already
            apply(new ConversationReleased(command.conversationId(), seat.agent()));
            serveQueue(settings);
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ReleaseConversation command, Acting acting, RoutingSettings settings) {
        requireSystem(acting);
        open();
        String key = command.conversationId().toString();
        Seat seat = seats.get(key);
        if (seat != null) {
            apply(new ConversationReleased(command.conversationId(), seat.agent()));
            serveQueue(settings);
        } else if (waitingFor(key) != null) {
            apply(new ConversationReleased(command.conversationId(), null));
        }
    }

    /** A waiting conversation that became urgent (or stopped being) takes its place for the new priority. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordPriority command, Acting acting, RoutingSettings settings) {
        requireSystem(acting);
        open();
        Waiting queued = waitingFor(command.conversationId().toString());
        if (queued == null || queued.ticket().priority() == command.priority()) {
            return;
        }
        RoutingTicket old = queued.ticket();
        RoutingTicket ticket = new RoutingTicket(old.context(), old.channel(), command.priority(), old.arrival());
        Seating seating = seating(settings);
        Rule rule = seating.ruleFor(ticket);
        Team team = seating.teamOf(rule);
        apply(new ConversationQueued(command.conversationId(), ticket, team == null ? null : team.id(),
                rule == null ? null : rule.id(), seating.placeInQueue(ticket, team), null));
    }

    /** Hands a conversation on only if another agent has room: one who did not answer is better than none. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RerouteConversation command, Acting acting, RoutingSettings settings) {
        requireSystem(acting);
        open();
        Seat seat = seats.get(command.conversationId().toString());
        if (seat == null || !seat.agent().equals(command.from()) || seat.ticket() == null) {
            return;
        }
        Seating seating = seating(settings);
        Rule rule = seating.ruleFor(seat.ticket());
        Team team = seating.teamOf(rule);
        Pick pick = team == null ? null : seating.pick(team, command.from());
        if (pick != null) {
            apply(new ConversationRouted(command.conversationId(), seat.ticket(), pick.agent(), command.from(),
                    decision(RoutingCause.NO_ANSWER, rule, team, pick, null)));
        }
    }

    // --- decisions ----------------------------------------------------------------------------------

    private void seatOrQueue(ConversationId conversation, RoutingTicket ticket, RoutingCause cause, StaffId from,
                             RoutingSettings settings) {
        Seating seating = seating(settings);
        Rule rule = seating.ruleFor(ticket);
        Team team = seating.teamOf(rule);
        Pick pick = team == null ? null : seating.pick(team, null);
        if (pick != null) {
            apply(new ConversationRouted(conversation, ticket, pick.agent(), from, decision(cause, rule, team, pick, null)));
        } else {
            apply(new ConversationQueued(conversation, ticket, team == null ? null : team.id(),
                    rule == null ? null : rule.id(), seating.placeInQueue(ticket, team), from));
        }
    }

    /**
     * Serves waiting conversations in serving order while their teams have room. Once a team has no
     * room nothing later in its queue is served either: FIFO within each priority class holds.
     */
    private void serveQueue(RoutingSettings settings) {
        Seating seating = seating(settings);
        Set<String> full = new HashSet<>();
        for (Waiting next : seating.servingOrder()) {
            Rule rule = seating.ruleFor(next.ticket());
            Team team = seating.teamOf(rule);
            if (team == null || full.contains(team.id().toString())) {
                continue;
            }
            Pick pick = seating.pick(team, null);
            if (pick == null) {
                full.add(team.id().toString());
            } else {
                apply(new ConversationRouted(next.conversationId(), next.ticket(), pick.agent(), null,
                        decision(RoutingCause.QUEUE, rule, team, pick, next.queuedAt())));
            }
        }
    }

    private static RoutingDecision decision(RoutingCause cause, Rule rule, Team team, Pick pick, Integer queuedAt) {
        return new RoutingDecision(cause, rule.id(), team.id(), team.strategy(), pick.load(), pick.capacity(), queuedAt);
    }

    /** The desk's seating rules, reading its state as it is at each decision. */
    private Seating seating(RoutingSettings settings) {
        return new Seating(teams, rules, agents, seats, waiting, settings.defaultCapacity());
    }

    private Agent agent(StaffId agent) {
        return agents.getOrDefault(agent.toString(), Agent.UNKNOWN);
    }

    private Waiting waitingFor(String conversation) {
        return waiting.stream().filter(entry -> entry.conversationId().toString().equals(conversation))
                .findFirst().orElse(null);
    }

    private Rule findRule(RoutingRuleId rule) {
        return rules.stream().filter(entry -> entry.id().equals(rule)).findFirst().orElse(null);
    }

    // --- rules of who may act -----------------------------------------------------------------------

    /** The desk's first event names it, so a desk that decides nothing yet still has an identity. */
    private void open() {
        if (id == null) {
            apply(new DeskOpened(DeskId.DESK));
        }
    }

    private Team requireTeam(TeamId team) {
        open();
        Team found = teams.get(team.toString());
        if (found == null) {
            throw new TeamNotFound(team);
        }
        return found;
    }

    private Rule requireRule(RoutingRuleId rule) {
        Rule found = findRule(rule);
        if (found == null) {
            throw new RoutingRuleNotFound(rule);
        }
        return found;
    }

    private static void requireAdmin(Acting acting, String action) {
        if (!acting.isAdmin()) {
            throw new RoutingNotPermitted("only admins may " + action);
        }
    }

    /** Seats change only as the process manager reports what happened to conversations. */
    private static void requireSystem(Acting acting) {
        if (!isSystem(acting)) {
            throw new RoutingNotPermitted("only the routing desk's process manager moves conversations");
        }
    }

    private static boolean isSystem(Acting acting) {
        return acting.actor().kind() == ActorKind.SYSTEM;
    }

    // --- state changes: only here, never validated (events are facts) --------------------------

    @EventSourcingHandler
    void on(DeskOpened event) {
        id = event.desk();
    }

    @EventSourcingHandler
    void on(TeamCreated event) {
        teams.put(event.team().toString(), new Team(event.team(), event.name(), event.strategy(), List.of(), null));
    }

    @EventSourcingHandler
    void on(TeamRenamed event) {
        teams.computeIfPresent(event.team().toString(), (key, team) -> team.named(event.name()));
    }

    @EventSourcingHandler
    void on(RoutingStrategyChanged event) {
        teams.computeIfPresent(event.team().toString(), (key, team) -> team.routing(event.strategy()));
    }

    @EventSourcingHandler
    void on(TeamMemberAdded event) {
        teams.computeIfPresent(event.team().toString(), (key, team) -> team.with(event.agent()));
    }

    @EventSourcingHandler
    void on(TeamMemberRemoved event) {
        teams.computeIfPresent(event.team().toString(), (key, team) -> team.without(event.agent()));
    }

    @EventSourcingHandler
    void on(RoutingRuleCreated event) {
        rules.add(new Rule(event.rule(), event.order(), event.match(), event.team()));
    }

    @EventSourcingHandler
    void on(RoutingRuleChanged event) {
        rules.replaceAll(rule -> rule.id().equals(event.rule())
                ? new Rule(event.rule(), event.order(), event.match(), event.team()) : rule);
    }

    @EventSourcingHandler
    void on(RoutingRuleRemoved event) {
        rules.removeIf(rule -> rule.id().equals(event.rule()));
    }

    @EventSourcingHandler
    void on(AgentCapacityChanged event) {
        agents.put(event.agent().toString(), agent(event.agent()).holding(event.capacity()));
    }

    @EventSourcingHandler
    void on(AgentAvailabilityChanged event) {
        agents.put(event.agent().toString(), agent(event.agent()).available(event.availability()));
    }

    @EventSourcingHandler
    void on(ConversationRouted event) {
        String key = event.conversationId().toString();
        waiting.removeIf(entry -> entry.conversationId().equals(event.conversationId()));
        seats.put(key, new Seat(event.agent(), event.ticket()));
        if (event.decision().team() != null) {
            teams.computeIfPresent(event.decision().team().toString(), (teamKey, team) -> team.routedTo(event.agent()));
        }
        nextArrival = Math.max(nextArrival, event.ticket().arrival() + 1);
    }

    @EventSourcingHandler
    void on(ConversationQueued event) {
        seats.remove(event.conversationId().toString());
        waiting.removeIf(entry -> entry.conversationId().equals(event.conversationId())); // a new priority, same arrival
        waiting.add(new Waiting(event.conversationId(), event.ticket(), event.position()));
        nextArrival = Math.max(nextArrival, event.ticket().arrival() + 1);
    }

    @EventSourcingHandler
    void on(AssigneeRecorded event) {
        String key = event.conversationId().toString();
        Waiting queued = waitingFor(key);
        Seat before = seats.get(key);
        RoutingTicket ticket = before != null ? before.ticket() : queued != null ? queued.ticket() : null;
        waiting.removeIf(entry -> entry.conversationId().equals(event.conversationId()));
        seats.put(key, new Seat(event.assignee(), ticket));
    }

    @EventSourcingHandler
    void on(ConversationReleased event) {
        seats.remove(event.conversationId().toString());
        waiting.removeIf(entry -> entry.conversationId().equals(event.conversationId()));
    }
}
