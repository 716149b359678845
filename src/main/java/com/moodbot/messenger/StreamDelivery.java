package com.moodbot.messenger;

import com.moodbot.conversation.InboundEvent;
import com.moodbot.conversation.PersonIds;
import com.moodbot.logging.LogThrottle;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An event stored in the Redis Stream: acknowledged only once answered, taken over if this instance dies. */
final class StreamDelivery implements Delivery {

    private static final Logger LOG = LoggerFactory.getLogger(StreamDelivery.class);
    private static final LogThrottle UNREACHABLE = new LogThrottle(Duration.ofSeconds(10));
    private final String entryId;
    private final InboundEvent event;
    private final StreamLedger ledger;
    private final Runnable released;
    private final long orderWaitNanos;
    private final long firstTry = System.nanoTime();
    private final PersonIds personIds;
    private SentSoFar alreadySent = SentSoFar.NOTHING;

    StreamDelivery(String entryId, InboundEvent event, StreamLedger ledger, Duration orderWait, PersonIds personIds,
                   Runnable released) {
        this.entryId = entryId;
        this.event = event;
        this.ledger = ledger;
        this.orderWaitNanos = orderWait.toNanos();
        this.personIds = personIds;
        this.released = released;
    }

    String entryId() {
        return entryId;
    }

    @Override
    public InboundEvent event() {
        return event;
    }

    /** While Redis cannot answer, the event stays stored and is tried again: answering now could not be acknowledged. */
    @Override
    public Start start() {
        boolean waitedTooLong = System.nanoTime() - firstTry > orderWaitNanos;
        try {
            StreamLedger.Started started = ledger.start(entryId, event, waitedTooLong);
            if (waitedTooLong && started.start() == Start.ANSWER) {
                LOG.warn("Answering an event for person {} before an earlier one that has waited over {} s",
                        personIds.hash(event.channel(), event.person()), Duration.ofNanos(orderWaitNanos).toSeconds());
            }
            alreadySent = started.sent();
            return started.start();
        } catch (RuntimeException e) {
            UNREACHABLE.warn(LOG, "start", "Redis unavailable to start a stored event ({}); trying again",
                    e.getMessage());
            return Start.NOT_YET;
        }
    }

    @Override
    public SentSoFar alreadySent() {
        return alreadySent;
    }

    /** Best effort: if this is lost and the instance dies, the taker-over repeats these sends. */
    @Override
    public void sent(SentSoFar progress) {
        try {
            ledger.sent(entryId, progress);
        } catch (RuntimeException e) {
            LOG.debug("Could not record sends for {}: {}", entryId, e.getMessage());
        }
    }

    @Override
    public void finish() {
        try {
            ledger.finish(entryId, event);
        } finally {
            released.run();
        }
    }
}
