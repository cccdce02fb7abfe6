package io.lifeline.command.routing;

import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.routing.Availability;
import io.lifeline.contracts.routing.RoutingStrategy;
import io.lifeline.contracts.routing.RoutingTicket;
import io.lifeline.contracts.routing.TeamId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The desk's seating rules, read from its state: which rule and team a conversation goes to, which
 * agent a team's strategy picks, and where a conversation joins the queue. It decides; only the desk
 * applies what it decided.
 */
final class Seating {
    private final Map<String, Team> teams;
    private final List<Rule> rules;
    private final Map<String, Agent> agents;
    private final Map<String, Seat> seats;
    private final List<Waiting> waiting;
    private final int defaultCapacity;

    Seating(Map<String, Team> teams, List<Rule> rules, Map<String, Agent> agents, Map<String, Seat> seats,
            List<Waiting> waiting, int defaultCapacity) {
        this.teams = teams;
        this.rules = rules;
        this.agents = agents;
        this.seats = seats;
        this.waiting = waiting;
        this.defaultCapacity = defaultCapacity;
    }

    /** The first rule matching the conversation, by ascending order, ties as the rules were created; null if none. */
    Rule ruleFor(RoutingTicket ticket) {
        return rules.stream().filter(rule -> rule.matches(ticket)).min(Comparator.comparingInt(Rule::order)).orElse(null);
    }

    Team teamOf(Rule rule) {
        return rule == null ? null : teams.get(rule.team().toString());
    }

    /** The online member with room the team's strategy picks, never {@code except}; null if none has room. */
    Pick pick(Team team, StaffId except) {
        Pick best = null;
        for (StaffId member : team.candidates()) {
            Agent agent = agents.getOrDefault(member.toString(), Agent.UNKNOWN);
            if (member.equals(except) || agent.availability() != Availability.ONLINE) {
                continue;
            }
            int capacity = agent.capacityOr(defaultCapacity);
            int load = loadOf(member);
            if (load >= capacity) {
                continue;
            }
            if (team.strategy() == RoutingStrategy.ROUND_ROBIN) {
                return new Pick(member, load, capacity);
            }
            if (best == null || load < best.load()) {
                best = new Pick(member, load, capacity);
            }
        }
        return best;
    }

    /**
     * The place a conversation joining the queue gets: behind those of its team (or of no team) served
     * before it. A conversation already waiting (its arrival is its own) does not count against itself.
     */
    int placeInQueue(RoutingTicket ticket, Team team) {
        Waiting joining = new Waiting(null, ticket, 0);
        TeamId teamId = team == null ? null : team.id();
        return 1 + (int) waiting.stream()
                .filter(other -> other.ticket().arrival() != ticket.arrival())
                .filter(other -> Waiting.SERVING_ORDER.compare(other, joining) < 0)
                .filter(other -> {
                    Rule rule = ruleFor(other.ticket());
                    return Objects.equals(rule == null ? null : rule.team(), teamId);
                })
                .count();
    }

    List<Waiting> servingOrder() {
        List<Waiting> ordered = new ArrayList<>(waiting);
        ordered.sort(Waiting.SERVING_ORDER);
        return ordered;
    }

    /** The seats the desk routed to this agent, in arrival order; seats a person assigned stay with them. */
    Map<ConversationId, Seat> seatsOf(StaffId agent) {
        Map<ConversationId, Seat> held = new LinkedHashMap<>();
        seats.entrySet().stream()
                .filter(entry -> entry.getValue().agent().equals(agent) && entry.getValue().ticket() != null)
                .sorted(Comparator.comparingLong(entry -> entry.getValue().ticket().arrival()))
                .forEach(entry -> held.put(ConversationId.parse(entry.getKey()), entry.getValue()));
        return held;
    }

    private int loadOf(StaffId agent) {
        return (int) seats.values().stream().filter(seat -> seat.agent().equals(agent)).count();
    }
}
