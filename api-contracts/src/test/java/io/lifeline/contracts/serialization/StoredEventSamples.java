package io.lifeline.contracts.serialization;

import io.lifeline.contracts.actor.Actor;
import io.lifeline.contracts.actor.DeviceId;
import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.autoreply.AutoReplyRule;
import io.lifeline.contracts.cannedreply.CannedReplyChanged;
import io.lifeline.contracts.cannedreply.CannedReplyCreated;
import io.lifeline.contracts.cannedreply.CannedReplyId;
import io.lifeline.contracts.cannedreply.CannedReplyOwner;
import io.lifeline.contracts.cannedreply.CannedReplyRemoved;
import io.lifeline.contracts.autoreply.AutoReplyRuleChanged;
import io.lifeline.contracts.autoreply.AutoReplyRuleCreated;
import io.lifeline.contracts.autoreply.AutoReplyRuleId;
import io.lifeline.contracts.autoreply.AutoReplyRuleRemoved;
import io.lifeline.contracts.autoreply.AutoReplyTrigger;
import io.lifeline.contracts.autoreply.BusinessHours;
import io.lifeline.contracts.autoreply.OpeningHours;
import io.lifeline.contracts.conversation.AnswerDeadlineMissed;
import io.lifeline.contracts.conversation.MessageBody;
import io.lifeline.contracts.conversation.ContextKind;
import io.lifeline.contracts.conversation.ConversationRated;
import io.lifeline.contracts.conversation.ResponseClockStarted;
import io.lifeline.contracts.conversation.ResponseTargetKind;
import io.lifeline.contracts.conversation.ResponseTargetMissed;
import io.lifeline.contracts.responsetarget.ResponseTargetRemoved;
import io.lifeline.contracts.responsetarget.ResponseTargetScope;
import io.lifeline.contracts.responsetarget.ResponseTargetSet;
import io.lifeline.contracts.conversation.AssignmentReason;
import io.lifeline.contracts.conversation.AttachmentRef;
import io.lifeline.contracts.conversation.Channel;
import io.lifeline.contracts.conversation.ClientMessageId;
import io.lifeline.contracts.conversation.ContextKind;
import io.lifeline.contracts.conversation.ConversationRated;
import io.lifeline.contracts.conversation.ConversationClosed;
import io.lifeline.contracts.conversation.ConversationContext;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.conversation.ConversationReopened;
import io.lifeline.contracts.conversation.ConversationResolved;
import io.lifeline.contracts.conversation.ConversationSnoozed;
import io.lifeline.contracts.conversation.ConversationStarted;
import io.lifeline.contracts.conversation.Label;
import io.lifeline.contracts.conversation.LabelAdded;
import io.lifeline.contracts.conversation.LabelRemoved;
import io.lifeline.contracts.conversation.Location;
import io.lifeline.contracts.conversation.MessageBody;
import io.lifeline.contracts.conversation.MessageContent;
import io.lifeline.contracts.conversation.MessageId;
import io.lifeline.contracts.conversation.MessageKind;
import io.lifeline.contracts.conversation.MessageSent;
import io.lifeline.contracts.conversation.MessagesDelivered;
import io.lifeline.contracts.conversation.MessagesRead;
import io.lifeline.contracts.conversation.Priority;
import io.lifeline.contracts.conversation.PriorityChanged;
import io.lifeline.contracts.conversation.PrivateNoteAdded;
import io.lifeline.contracts.conversation.StaffAssigned;
import io.lifeline.contracts.conversation.StaffJoined;
import io.lifeline.contracts.conversation.StaffLeft;
import io.lifeline.contracts.conversation.StaffUnassigned;
import io.lifeline.contracts.staff.StaffDeactivated;
import io.lifeline.contracts.staff.StaffPasswordChanged;
import io.lifeline.contracts.staff.StaffRegistered;
import io.lifeline.contracts.staff.StaffRole;
import io.lifeline.contracts.staff.StaffRoleChanged;
import io.lifeline.contracts.staff.Username;
import io.lifeline.contracts.routing.*;
import io.lifeline.contracts.site.*;
import java.time.DayOfWeek;
import java.util.List;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** One event of every type and revision, with fixed ids, as the pinned stored JSON shows it. */
final class StoredEventSamples {
    static final ConversationId CONVERSATION = new ConversationId(UUID.fromString("0b5f3c9e-7d1a-4c2e-9f00-1a2b3c4d5e6f"));
    static final MessageId MESSAGE = new MessageId(UUID.fromString("5a0e8a4c-2f3b-4d6e-8a1b-9c0d1e2f3a4b"));
    static final StaffId ANA = new StaffId(UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7"));
    static final StaffId BEN = new StaffId(UUID.fromString("9f2d1c3b-4a5e-4f60-8b7c-6d5e4f3a2b1c"));
    static final DeviceId DEVICE = new DeviceId("p-Q2hhbmdlVGhpc0RldmljZUlkMTIz");
    static final TeamId TEAM = new TeamId(UUID.fromString("3e1f0a2b-6c7d-4e8f-9a0b-1c2d3e4f5a6b"));
    static final RoutingRuleId RULE = new RoutingRuleId(UUID.fromString("8d7c6b5a-4f3e-4d2c-8b1a-0f9e8d7c6b5a"));
    static final RoutingTicket TICKET = new RoutingTicket(ContextKind.EMERGENCY, Channel.MOBILE, Priority.URGENT, 41);
    static final SiteId SITE = new SiteId("harbour-shop");
    static final AttachmentRef ATTACHMENT = new AttachmentRef("abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG");

    private StoredEventSamples() {
    }

    /** Keyed by simple class name and revision, the way the store keys payload types. */
    static Map<String, Object> all() {
        Map<String, Object> samples = new LinkedHashMap<>();
        samples.put("ConversationStarted@1", new ConversationStarted(CONVERSATION, DEVICE, Channel.MOBILE, "Flooded basement",
                new ConversationContext(ContextKind.EMERGENCY, "case-17"), Priority.URGENT, new Location(52.52, 13.405, 12.5),
                Actor.device(DEVICE)));
        samples.put("MessageSent@1", new MessageSent(CONVERSATION, MESSAGE, new ClientMessageId("c-1"), Actor.device(DEVICE),
                new MessageContent(MessageKind.TEXT, new MessageBody("Water is rising\nplease hurry"), null, null), null, true));
        samples.put("PrivateNoteAdded@1", new PrivateNoteAdded(CONVERSATION, MESSAGE, ANA, new MessageBody("caller sounds calm")));
        samples.put("MessagesDelivered@1", new MessagesDelivered(CONVERSATION, Actor.staff(ANA), 3));
        samples.put("MessagesRead@1", new MessagesRead(CONVERSATION, Actor.device(DEVICE), 4));
        samples.put("StaffJoined@1", new StaffJoined(CONVERSATION, ANA));
        samples.put("StaffLeft@1", new StaffLeft(CONVERSATION, ANA));
        samples.put("StaffAssigned@1", new StaffAssigned(CONVERSATION, BEN, ANA, AssignmentReason.TRANSFER));
        samples.put("StaffUnassigned@1", new StaffUnassigned(CONVERSATION, BEN));
        samples.put("PriorityChanged@1", new PriorityChanged(CONVERSATION, Priority.HIGH, Priority.NORMAL));
        samples.put("LabelAdded@1", new LabelAdded(CONVERSATION, new Label("flood")));
        samples.put("LabelRemoved@1", new LabelRemoved(CONVERSATION, new Label("flood")));
        samples.put("ConversationSnoozed@1", new ConversationSnoozed(CONVERSATION, Instant.parse("2026-12-04T21:00:00Z")));
        samples.put("ConversationResolved@1", new ConversationResolved(CONVERSATION));
        samples.put("ConversationReopened@1", new ConversationReopened(CONVERSATION));
        samples.put("ConversationClosed@1", new ConversationClosed(CONVERSATION));
        var ruleId = new AutoReplyRuleId(java.util.UUID.fromString("3f2504e0-4f89-41d3-9a0c-0305e82c3301"));
        var away = new AutoReplyRule(ruleId, AutoReplyTrigger.AWAY, 10, null, new BusinessHours("Europe/Berlin",
                java.util.List.of(new OpeningHours(java.time.DayOfWeek.MONDAY, java.time.LocalTime.of(9, 0),
                        java.time.LocalTime.of(17, 30))), java.util.List.of(java.time.LocalDate.of(2026, 12, 25))),
                new MessageBody("We are away until 9:00."));
        var keyword = new AutoReplyRule(ruleId, AutoReplyTrigger.KEYWORD, 5, "leak|flood", null,
                new MessageBody("Turn off the main water valve first."));
        samples.put("AutoReplyRuleCreated@1", new AutoReplyRuleCreated(away));
        samples.put("AutoReplyRuleChanged@1", new AutoReplyRuleChanged(keyword, away));
        samples.put("AutoReplyRuleRemoved@1", new AutoReplyRuleRemoved(ruleId));
        samples.put("ConversationRated@1", new ConversationRated(CONVERSATION, 4, new MessageBody("quick and kind"), ANA));
        var reply = new CannedReplyId(UUID.fromString("5a1d2c3b-0000-4000-8000-00000000c001"));
        samples.put("CannedReplyCreated@1", new CannedReplyCreated(reply, CannedReplyOwner.personal(ANA), "valve",
                new MessageBody("Hello, I am {agent.name}. Please turn off the main water valve first.")));
        samples.put("CannedReplyChanged@1", new CannedReplyChanged(reply, "water-valve",
                new MessageBody("Please turn off the main water valve first, {visitor.name}.")));
        samples.put("CannedReplyRemoved@1", new CannedReplyRemoved(reply));
        samples.put("ResponseClockStarted@1", new ResponseClockStarted(CONVERSATION, ResponseTargetKind.FIRST_RESPONSE,
                java.time.Duration.ofMinutes(5), Instant.parse("2026-12-04T20:05:00Z")));
        samples.put("ResponseTargetMissed@1", new ResponseTargetMissed(CONVERSATION, ResponseTargetKind.FIRST_RESPONSE,
                Instant.parse("2026-12-04T20:05:00Z"), Priority.URGENT));
        var urgentEmergencies = new ResponseTargetScope(ResponseTargetKind.FIRST_RESPONSE, Priority.URGENT, ContextKind.EMERGENCY);
        samples.put("ResponseTargetSet@2", new ResponseTargetSet(urgentEmergencies, java.time.Duration.ofMinutes(2),
                java.time.Duration.ofMinutes(5), new BusinessHours("Europe/Berlin", java.util.List.of(
                        new OpeningHours(java.time.DayOfWeek.MONDAY, java.time.LocalTime.of(8, 0), java.time.LocalTime.of(18, 0))),
                        java.util.List.of(java.time.LocalDate.of(2026, 12, 24)))));
        samples.put("ResponseTargetRemoved@1", new ResponseTargetRemoved(
                new ResponseTargetScope(ResponseTargetKind.RESOLUTION, Priority.LOW, null), java.time.Duration.ofDays(2)));
        samples.put("StaffRegistered@1", new StaffRegistered(ANA, new Username("ana"), "Ana Lima", StaffRole.AGENT));
        samples.put("StaffRoleChanged@1", new StaffRoleChanged(ANA, StaffRole.ADMIN, StaffRole.AGENT));
        samples.put("StaffDeactivated@1", new StaffDeactivated(ANA));
        samples.put("StaffPasswordChanged@1", new StaffPasswordChanged(ANA));
        samples.put("AnswerDeadlineMissed@1", new AnswerDeadlineMissed(CONVERSATION, ANA));
        samples.put("DeskOpened@1", new DeskOpened(DeskId.DESK));
        samples.put("TeamCreated@1", new TeamCreated(TEAM, new TeamName("Flood desk"), RoutingStrategy.ROUND_ROBIN));
        samples.put("TeamRenamed@1", new TeamRenamed(TEAM, new TeamName("Water"), new TeamName("Flood desk")));
        samples.put("TeamMemberAdded@1", new TeamMemberAdded(TEAM, ANA));
        samples.put("TeamMemberRemoved@1", new TeamMemberRemoved(TEAM, ANA));
        samples.put("RoutingStrategyChanged@1", new RoutingStrategyChanged(TEAM, RoutingStrategy.LEAST_LOADED,
                RoutingStrategy.ROUND_ROBIN));
        samples.put("RoutingRuleCreated@1", new RoutingRuleCreated(RULE, 10, new RoutingMatch(ContextKind.EMERGENCY, null), TEAM));
        samples.put("RoutingRuleChanged@1", new RoutingRuleChanged(RULE, 20, new RoutingMatch(null, Channel.WIDGET), TEAM));
        samples.put("RoutingRuleRemoved@1", new RoutingRuleRemoved(RULE));
        samples.put("AgentCapacityChanged@1", new AgentCapacityChanged(ANA, 5, 3));
        samples.put("AgentAvailabilityChanged@1", new AgentAvailabilityChanged(ANA, Availability.ONLINE, Availability.OFFLINE));
        samples.put("ConversationRouted@1", new ConversationRouted(CONVERSATION, TICKET, BEN, ANA,
                new RoutingDecision(RoutingCause.QUEUE, RULE, TEAM, RoutingStrategy.LEAST_LOADED, 2, 5, 1)));
        samples.put("ConversationQueued@1", new ConversationQueued(CONVERSATION, TICKET, TEAM, RULE, 3, null));
        samples.put("AssigneeRecorded@1", new AssigneeRecorded(CONVERSATION, BEN, null));
        samples.put("ConversationReleased@1", new ConversationReleased(CONVERSATION, BEN));
        samples.put("SiteCreated@1", new SiteCreated(SITE, new SiteName("Harbour Shop")));
        samples.put("SiteRenamed@1", new SiteRenamed(SITE, new SiteName("Harbour Shop & Café")));
        samples.put("SiteAppearanceChanged@1", new SiteAppearanceChanged(SITE, new WidgetColours("#0a7d5a", "#ffffff"),
                WidgetPosition.BOTTOM_LEFT));
        samples.put("SiteGreetingChanged@1", new SiteGreetingChanged(SITE, "Hi! How can we help?", null));
        samples.put("BusinessHoursChanged@1", new BusinessHoursChanged(SITE, new io.lifeline.contracts.site.BusinessHours("Europe/Berlin",
                List.of(new io.lifeline.contracts.site.OpeningHours(DayOfWeek.MONDAY, "09:00", "17:30"),
                        new io.lifeline.contracts.site.OpeningHours(DayOfWeek.SATURDAY, "10:00", "24:00")))));
        samples.put("PreChatFormChanged@1", new PreChatFormChanged(SITE, List.of(
                new PreChatField("name", "Your name", PreChatFieldType.TEXT, true),
                new PreChatField("email", "Email", PreChatFieldType.EMAIL, false))));
        samples.put("AllowedOriginsChanged@1", new AllowedOriginsChanged(SITE, List.of("https://shop.example",
                "http://localhost:8080")));
        return samples;
    }
}
