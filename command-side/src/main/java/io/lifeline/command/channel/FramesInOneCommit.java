package io.lifeline.command.channel;

import io.lifeline.command.conversation.ConversationFrames;
import io.lifeline.command.identity.CallerActing;
import io.lifeline.contracts.channel.ChannelReply;
import io.lifeline.contracts.channel.ForwardedFrame;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Carries out the frames a consumer took in one poll as one unit of work: each frame's command runs
 * nested in it, in the order taken, against the same loaded conversations, and all their events and
 * look-ups are written in one transaction with one commit, instead of one of each per frame. A busy
 * consumer takes more frames per poll, so the busier the channel, the fewer commits per message.
 * <p>
 * All or nothing: when any frame is refused or the commit fails (a conflict with another instance's
 * write, the store unreachable), nothing of the poll is kept, the conversations it loaded leave the
 * cache with the rolled-back work, and the caller carries the frames out again one by one, each
 * answered as if it had come alone. No reply is given before the commit, so no client hears of a
 * change that was rolled back.
 */
@Component
class FramesInOneCommit {
    private static final Logger log = LoggerFactory.getLogger(FramesInOneCommit.class);
    private final ConversationFrames frames;
    private final CallerActing callers;
    private final TransactionManager transactions;

    FramesInOneCommit(ConversationFrames frames, CallerActing callers, TransactionManager transactions) {
        this.frames = frames;
        this.callers = callers;
        this.transactions = transactions;
    }

    /** @return each frame's reply in order once all are committed; empty when none was kept */
    Optional<List<ChannelReply>> carryOut(List<ForwardedFrame> forwarded) {
        UnitOfWork<?> work = DefaultUnitOfWork.startAndGet(null);
        try {
            work.attachTransaction(transactions);
            List<ChannelReply> replies = new ArrayList<>(forwarded.size());
            for (ForwardedFrame frame : forwarded) {
                replies.add(frames.handle(frame.frame(), callers.of(frame.caller()))
                        .map(ChannelReply::sent)
                        .orElseGet(ChannelReply::done));
            }
            work.commit();
            return Optional.of(replies);
        } catch (RuntimeException notAll) {
            if (work.phase() == UnitOfWork.Phase.STARTED) { // a failed commit has rolled itself back
                work.rollback(notAll);
            }
            log.debug("{} frames taken together are carried out one by one: {}", forwarded.size(), notAll.toString());
            return Optional.empty();
        }
    }
}
