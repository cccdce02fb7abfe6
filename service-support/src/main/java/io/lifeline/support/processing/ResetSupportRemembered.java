package io.lifeline.support.processing;

import java.util.List;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.Segment;

/**
 * A handler invoker that asks the one it wraps whether it supports a reset once, and answers every
 * later question from that; everything else goes to the wrapped invoker unchanged. Axon's invoker of
 * a processor's handler groups asks each group before every event whether it supports a reset, and
 * for a group of annotated handlers that walks every handler method in streams: a few per cent of a
 * service's CPU and a tenth of its allocations at 250 messages a second. The answer depends only on
 * the handlers, which are fixed when the processor is built.
 */
final class ResetSupportRemembered implements EventHandlerInvoker {
    private final EventHandlerInvoker delegate;
    private final boolean supportsReset;

    private ResetSupportRemembered(EventHandlerInvoker delegate) {
        this.delegate = delegate;
        this.supportsReset = delegate.supportsReset();
    }

    /** The processor's invoker with each of its handler groups wrapped; the groups and their order unchanged. */
    static EventHandlerInvoker around(EventHandlerInvoker invoker) {
        if (invoker instanceof MultiEventHandlerInvoker groups) {
            List<EventHandlerInvoker> wrapped = groups.delegates().stream().map(ResetSupportRemembered::wrap).toList();
            return new MultiEventHandlerInvoker(wrapped);
        }
        return wrap(invoker);
    }

    private static EventHandlerInvoker wrap(EventHandlerInvoker invoker) {
        return invoker instanceof ResetSupportRemembered ? invoker : new ResetSupportRemembered(invoker);
    }

    @Override
    public boolean supportsReset() {
        return supportsReset;
    }

    @Override
    public boolean canHandle(EventMessage<?> eventMessage, Segment segment) {
        return delegate.canHandle(eventMessage, segment);
    }

    @Override
    public boolean canHandleType(Class<?> payloadType) {
        return delegate.canHandleType(payloadType);
    }

    @Override
    public void handle(EventMessage<?> message, Segment segment) throws Exception {
        delegate.handle(message, segment);
    }

    @Override
    public void performReset() {
        delegate.performReset();
    }

    @Override
    public <R> void performReset(R resetContext) {
        delegate.performReset(resetContext);
    }

    @Override
    public void segmentReleased(Segment segment) {
        delegate.segmentReleased(segment);
    }

    @Override
    public String toString() {
        return delegate.toString();
    }
}
