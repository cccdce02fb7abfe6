package io.lifeline.contracts.timing;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import jdk.jfr.Timespan;

/**
 * One send a bridge forwarded and saw stored: where its time went from the forwarded frame to the
 * acknowledgement, in milliseconds. The hops are told by three clocks: the bridge's, the command
 * side's (the event's timestamp) and the publisher's (the Kafka record's). In the standalone they
 * are one clock; across machines each hop is off by the clocks' skew.
 */
@Name(SendHops.NAME)
@Label("Send hops")
@Category({"Lifeline", "Send path"})
@Description("Where one acknowledged send's time went, in milliseconds")
@StackTrace(false)
public final class SendHops extends Event {
    public static final String NAME = "io.lifeline.SendHops";
    public static final String TO_STORED = "toStored";
    public static final String TO_PUBLISHED = "toPublished";
    public static final String TO_ARRIVED = "toArrived";
    public static final String TOTAL = "total";

    @Label("Conversation")
    private String conversation;

    @Label("Sequence")
    private long sequence;

    @Label("Forwarded to stored")
    @Description("From producing the frame to the event's timestamp: the command topic, the command side's queue and handling")
    @Timespan(Timespan.MILLISECONDS)
    private long toStored;

    @Label("Stored to published")
    @Description("From the event's timestamp to the publisher's Kafka record: the commit and the publisher's pick-up")
    @Timespan(Timespan.MILLISECONDS)
    private long toPublished;

    @Label("Published to arrived")
    @Description("From the publisher's Kafka record to the bridge's event consumer handling it")
    @Timespan(Timespan.MILLISECONDS)
    private long toArrived;

    @Label("Forwarded to answered")
    @Description("The whole wait, from producing the frame to the stored event answering it")
    @Timespan(Timespan.MILLISECONDS)
    private long total;

    /**
     * Records a send when a recording takes these events; the times are epoch milliseconds.
     *
     * @param forwarded when the bridge produced the frame
     * @param stored    the stored event's timestamp
     * @param published when the publisher produced the event's Kafka record
     * @param arrived   when the bridge's event consumer took the record up and answered the send with it
     */
    public static void record(String conversation, long sequence, long forwarded, long stored, long published,
                              long arrived) {
        var hops = new SendHops();
        if (!hops.shouldCommit()) {
            return;
        }
        hops.conversation = conversation;
        hops.sequence = sequence;
        hops.toStored = stored - forwarded;
        hops.toPublished = published - stored;
        hops.toArrived = arrived - published;
        hops.total = arrived - forwarded;
        hops.commit();
    }
}
