package io.lifeline.query.processors;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Lists the projections' processors as the cluster knows them (the shared token store, with this
 * instance's own figures for the segments it owns) and rebuilds one from the start of history: stop
 * it, reset its token (its {@code @ResetHandler} clears its own tables, and its dead letters are
 * cleared), start it again. While it replays, the
 * percentage and speed are measured from the position it has reached since the rebuild began.
 */
@Component
class Processors {
    private final EventProcessingConfiguration processing;
    private final EventStoreHead head;
    private final SegmentClaims claims;
    private final DeadLetters deadLetters;
    private final Map<String, Instant> rebuildsStarted = new ConcurrentHashMap<>();

    Processors(@Lazy EventProcessingConfiguration processing, EventStoreHead head, SegmentClaims claims,
               DeadLetters deadLetters) {
        this.processing = processing; // lazy: Axon builds its processors after the web layer
        this.head = head;
        this.claims = claims;
        this.deadLetters = deadLetters;
    }

    List<ProcessorView> all() {
        long headPosition = head.position();
        return processing.eventProcessors().keySet().stream().sorted(Comparator.naturalOrder())
                .map(name -> view(name, streaming(name), headPosition)).toList();
    }

    ProcessorView one(String name) {
        return view(name, streaming(name), head.position());
    }

    ProcessorView rebuild(String name) {
        StreamingEventProcessor processor = streaming(name);
        processor.shutDown();
        try {
            processor.resetTokens();
            rebuildsStarted.put(name, Instant.now());
        } finally {
            processor.start(); // whether or not the reset worked, the projection keeps running
        }
        return view(name, processor, head.position());
    }

    private StreamingEventProcessor streaming(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class).orElseThrow(() -> new UnknownProcessor(name));
    }

    private ProcessorView view(String name, StreamingEventProcessor processor, long headPosition) {
        Map<Integer, EventTrackerStatus> local = processor.processingStatus();
        List<ProcessorView.SegmentView> segments = segments(name, local);
        long position = segments.stream().mapToLong(ProcessorView.SegmentView::position).min().orElse(-1);
        long lag = Math.max(0, headPosition - position);
        // Axon ends a replay only once a token passes the reset point; at the head there is nothing left to replay.
        // Just after a rebuild's restart the processor has claimed no segment yet and reports no status at all:
        // the replay has started all the same.
        boolean awaitingClaim = local.isEmpty() && processor.isRunning() && rebuildsStarted.containsKey(name);
        boolean replaying = lag > 0 && (awaitingClaim || segments.stream().anyMatch(ProcessorView.SegmentView::replaying));
        boolean failing = local.values().stream().anyMatch(EventTrackerStatus::isErrorState);
        boolean runningSomewhere = processor.isRunning() || segments.stream().anyMatch(segment -> segment.owner() != null);
        String state = failing ? "ERROR" : !runningSomewhere ? "STOPPED" : replaying ? "REPLAYING" : "RUNNING";
        Double percent = null;
        Double speed = null;
        Instant started = rebuildsStarted.get(name);
        if (started != null) {
            percent = headPosition <= 0 ? 100.0 : Math.min(100.0, 100.0 * Math.max(position + 1, 0) / (headPosition + 1));
            double seconds = Math.max(Duration.between(started, Instant.now()).toMillis(), 1) / 1000.0;
            speed = Math.max(position + 1, 0) / seconds;
            if (!replaying && lag == 0) {
                rebuildsStarted.remove(name); // done: the figures above are its final ones
            }
        }
        return new ProcessorView(name, state, position, headPosition, lag, replaying, percent, speed,
                deadLetters.parkedEvents(name), deadLetters.parkedSequences(name), segments);
    }

    /**
     * Every segment the token store knows, with this instance's own, fresher, figures where it owns
     * the segment; so an instance that owns nothing reports what the owners have reached, not zero.
     */
    private List<ProcessorView.SegmentView> segments(String name, Map<Integer, EventTrackerStatus> local) {
        Map<Integer, ProcessorView.SegmentView> segments = new java.util.TreeMap<>();
        for (SegmentClaims.Segment stored : claims.of(name)) {
            segments.put(stored.segment(), new ProcessorView.SegmentView(stored.segment(), stored.owner(), stored.position(),
                    stored.replaying(), false));
        }
        local.forEach((id, status) -> segments.put(id, new ProcessorView.SegmentView(id,
                segments.containsKey(id) ? segments.get(id).owner() : null,
                status.getCurrentPosition().orElse(-1), status.isReplaying(), true)));
        return List.copyOf(segments.values());
    }
}
