package io.lifeline.contracts.timing;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import jdk.jfr.Timespan;

/**
 * One frame a command side took from the command topic and carried out: how long it waited on the
 * topic and in the consumer's queue, and, as the event's duration, how long carrying it out took
 * until the store's commit, which the frames taken in one poll share (their number is recorded).
 * The wait is told by two clocks, the bridge's (the Kafka record's timestamp) and the command
 * side's: one clock in the standalone.
 */
@Name(ForwardedFrameTiming.NAME)
@Label("Forwarded frame")
@Category({"Lifeline", "Send path"})
@Description("One forwarded frame carried out: its wait before, its handling as the duration")
@StackTrace(false)
public final class ForwardedFrameTiming extends Event {
    public static final String NAME = "io.lifeline.ForwardedFrame";
    public static final String WAITED = "waited";
    public static final String FRAMES_IN_COMMIT = "framesInCommit";

    @Label("Conversation")
    private String conversation;

    @Label("Waited")
    @Description("From the bridge producing the frame to the command side taking it up")
    @Timespan(Timespan.MILLISECONDS)
    private long waited;

    @Label("Frames in its commit")
    @Description("How many frames were stored with this one's commit (1 when it was carried out alone)")
    private int framesInCommit;

    /** Begins timing a frame's handling, which waited this long (milliseconds) before it was taken up. */
    public static ForwardedFrameTiming start(String conversation, long waited) {
        var timing = new ForwardedFrameTiming();
        timing.conversation = conversation;
        timing.waited = waited;
        timing.begin();
        return timing;
    }

    /** Ends the handling, committed with this many frames (itself included); recorded when a recording takes these events. */
    public void finish(int framesInCommit) {
        this.framesInCommit = framesInCommit;
        end();
        if (shouldCommit()) {
            commit();
        }
    }
}
