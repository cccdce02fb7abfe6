package io.lifeline.command.autoreply;

import io.lifeline.command.identity.Acting;
import io.lifeline.command.identity.ActingGateway;
import io.lifeline.command.identity.OutsideUnitOfWork;
import io.lifeline.contracts.autoreply.AutoReplyRule;
import io.lifeline.contracts.autoreply.AutoReplyTrigger;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.conversation.MessageBody;
import io.lifeline.contracts.conversation.MessageId;
import io.lifeline.contracts.conversation.MessageSent;
import io.lifeline.contracts.conversation.SendAutomatedReply;
import io.lifeline.contracts.routing.ConversationQueued;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * Automated replies as a process manager: a device's message may get the greeting (its first
 * message), the away reply (outside business hours) and the first keyword rule it matches; a
 * conversation waiting in a queue gets the busy reply with its place. The conversation decides
 * whether a reply is still due (once per rule, a greeting only for the first message, none when
 * closed), so an event handled twice changes nothing, and the reply's message id is derived from
 * the conversation and the rule.
 */
@Component
@ProcessingGroup(AutomatedReplying.PROCESSING_GROUP)
@DisallowReplay // replaying would write replies again into conversations long settled
class AutomatedReplying implements AutoCloseable {
    static final String PROCESSING_GROUP = "automated-replies";
    private static final Acting RULES = Acting.system(PROCESSING_GROUP);
    private final AutoReplyRuleLookup lookup;
    private final OutsideUnitOfWork commands;

    AutomatedReplying(AutoReplyRuleLookup lookup, ActingGateway gateway) {
        this.lookup = lookup;
        this.commands = new OutsideUnitOfWork(gateway, RULES, "automated-reply-command");
    }

    /**
     * Every message passes here, so the rules are looked at before the message is read: where there
     * are none (the usual case), the stored event is never deserialised.
     */
    @EventHandler(payloadType = MessageSent.class)
    void on(DomainEventMessage<?> message) {
        List<ActiveRule> rules = lookup.rules();
        if (rules.isEmpty()) {
            return;
        }
        MessageSent event = (MessageSent) message.getPayload();
        if (!event.author().isDevice()) {
            return;
        }
        long sequence = message.getSequenceNumber();
        Instant at = message.getTimestamp();
        String text = event.content().body() == null ? null : event.content().body().text();
        first(rules, AutoReplyTrigger.GREETING, rule -> true)
                .ifPresent(rule -> reply(event.conversationId(), rule, true, sequence, rule.text()));
        first(rules, AutoReplyTrigger.AWAY, rule -> !rule.rule().hours().isOpenAt(at))
                .ifPresent(rule -> reply(event.conversationId(), rule, false, sequence, rule.text()));
        first(rules, AutoReplyTrigger.KEYWORD, rule -> rule.matches(text))
                .ifPresent(rule -> reply(event.conversationId(), rule, false, sequence, rule.text()));
    }

    /** Waiting because every agent of its team is full or away: the busy reply, with the conversation's place. */
    @EventHandler
    void on(ConversationQueued event, @SequenceNumber long sequence) {
        first(lookup.rules(), AutoReplyTrigger.BUSY, rule -> true).ifPresent(rule -> reply(event.conversationId(), rule,
                false, sequence, new MessageBody(rule.text().text().replace("{position}", String.valueOf(event.position())))));
    }

    private static Optional<AutoReplyRule> first(List<ActiveRule> rules, AutoReplyTrigger trigger,
                                                 Predicate<ActiveRule> applies) {
        return rules.stream().filter(rule -> rule.trigger() == trigger).filter(applies).map(ActiveRule::rule).findFirst();
    }

    private void reply(ConversationId conversation, AutoReplyRule rule, boolean greeting, long trigger, MessageBody text) {
        MessageId message = new MessageId(UUID.nameUUIDFromBytes((conversation + "/" + rule.id())
                .getBytes(StandardCharsets.UTF_8)));
        commands.send(new SendAutomatedReply(conversation, message, rule.id().toString(), greeting, trigger, text));
    }

    @Override
    public void close() {
        commands.close();
    }
}
