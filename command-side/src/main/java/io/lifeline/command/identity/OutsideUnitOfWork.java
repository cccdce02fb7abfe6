package io.lifeline.command.identity;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Sends a process manager's commands as a system rule, each in a unit of work and transaction of its
 * own on another thread, and waits for the answer: inside the processor's own unit of work a lost
 * race would surface only when the whole batch commits (too late for the command's retry), and the
 * event's actor would ride along as the command's. Refusals come back as thrown.
 */
public final class OutsideUnitOfWork implements AutoCloseable {
    private final ActingGateway gateway;
    private final Acting acting;
    private final ExecutorService outside;

    public OutsideUnitOfWork(ActingGateway gateway, Acting acting, String threadName) {
        this.gateway = gateway;
        this.acting = acting;
        this.outside = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    public void send(Object command) {
        try {
            outside.submit(() -> gateway.send(command, acting)).get();
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending " + command.getClass().getSimpleName(), interrupted);
        }
    }

    @Override
    public void close() {
        outside.shutdownNow();
    }
}
