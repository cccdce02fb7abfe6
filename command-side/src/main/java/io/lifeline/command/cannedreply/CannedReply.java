package io.lifeline.command.cannedreply;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.markDeleted;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import io.lifeline.command.identity.Acting;
import io.lifeline.contracts.cannedreply.CannedReplyChanged;
import io.lifeline.contracts.cannedreply.CannedReplyCreated;
import io.lifeline.contracts.cannedreply.CannedReplyId;
import io.lifeline.contracts.cannedreply.CannedReplyOwner;
import io.lifeline.contracts.cannedreply.CannedReplyRemoved;
import io.lifeline.contracts.cannedreply.ChangeCannedReply;
import io.lifeline.contracts.cannedreply.CreateCannedReply;
import io.lifeline.contracts.cannedreply.RemoveCannedReply;
import io.lifeline.contracts.conversation.MessageBody;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One canned reply: a team's, kept by admins, or a staff member's own, kept by them (and admins).
 * Only staff who take part in conversations (agents and admins) keep replies.
 */
@Aggregate
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
class CannedReply {
    @AggregateIdentifier
    private CannedReplyId id;
    private CannedReplyOwner owner;
    private String shortcut;
    private MessageBody text;

    CannedReply() {
        // Axon rebuilds the reply from its events through this constructor.
    }

    @CommandHandler
    CannedReply(CreateCannedReply command, Acting acting) {
        requireMayKeep(command.owner(), acting);
        apply(new CannedReplyCreated(command.id(), command.owner(), command.shortcut(), command.text()));
    }

    @CommandHandler
    void handle(ChangeCannedReply command, Acting acting) {
        requireMayKeep(owner, acting);
        if (!command.shortcut().equals(shortcut) || !command.text().equals(text)) {
            apply(new CannedReplyChanged(id, command.shortcut(), command.text()));
        }
    }

    @CommandHandler
    void handle(RemoveCannedReply command, Acting acting) {
        requireMayKeep(owner, acting);
        apply(new CannedReplyRemoved(id));
    }

    private static void requireMayKeep(CannedReplyOwner owner, Acting acting) {
        if (!acting.actor().isStaff() || !acting.role().handlesConversations()) {
            throw new CannedReplyNotPermitted("canned replies are kept by agents and admins");
        }
        if (owner.team() != null && !acting.isAdmin()) {
            throw new CannedReplyNotPermitted("a team's canned replies are kept by admins");
        }
        if (owner.staff() != null && !owner.staff().equals(acting.actor().staffId()) && !acting.isAdmin()) {
            throw new CannedReplyNotPermitted("another staff member's canned replies are theirs");
        }
    }

    @EventSourcingHandler
    void on(CannedReplyCreated event) {
        id = event.id();
        owner = event.owner();
        shortcut = event.shortcut();
        text = event.text();
    }

    @EventSourcingHandler
    void on(CannedReplyChanged event) {
        shortcut = event.shortcut();
        text = event.text();
    }

    @EventSourcingHandler
    void on(CannedReplyRemoved event) {
        markDeleted(); // a removed reply takes no more commands
    }
}
