package io.lifeline.command.identity;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Lets commands to one conversation take turns, first come first served, before they reach the
 * command bus. The bus opens a database transaction before it locks the aggregate, so many
 * writers to one conversation would otherwise each hold a pooled connection while they wait and
 * starve every other request of one. Striped fair locks: bounded memory, no starvation; two
 * conversations sharing a stripe only wait for each other briefly. Across instances, optimistic
 * concurrency still decides.
 * <p>
 * A command sent inside another unit of work (a poll's frames carried out together, a process
 * manager's batch of events) takes no turn: that work already holds its connection, so a turn would
 * save none, and it holds the locks of the aggregates it changed until it commits, so waiting for a
 * turn held by a command that waits for one of those locks would never end.
 */
@Component
class ConversationTurns {
    private static final int STRIPES = 1024;
    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

    ConversationTurns() {
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock(true);
        }
    }

    <R> R inTurn(Object conversation, Supplier<R> command) {
        if (CurrentUnitOfWork.isStarted()) {
            return command.get();
        }
        ReentrantLock lock = locks[Math.floorMod(conversation.hashCode(), STRIPES)];
        lock.lock();
        try {
            return command.get();
        } finally {
            lock.unlock();
        }
    }
}
