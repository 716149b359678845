package com.moodbot.messenger;

import com.moodbot.conversation.InboundEvent;
import com.moodbot.conversation.PersonIds;
import com.moodbot.logging.LogSafe;
import com.moodbot.logging.LogThrottle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An event held only in this process's memory: a crash loses it, and there is nothing to acknowledge.
 * {@code warnings} is the dispatcher's: one line per 10 s however many events meet a dead store.
 */
record MemoryDelivery(InboundEvent event, SeenMessages seen, PersonIds personIds, LogThrottle warnings)
        implements Delivery {

    private static final Logger LOG = LoggerFactory.getLogger(MemoryDelivery.class);

    /** A dedupe store that cannot answer must not cost the person their reply: answer, at the risk of a repeat. */
    @Override
    public Start start() {
        try {
            return seen.firstTime(SeenMessages.key(event)) ? Start.ANSWER : Start.REDELIVERED;
        } catch (RuntimeException e) {
            warnings.warn(LOG, "dedupe",
                    "Dedupe store unavailable ({}); answering person {} without the redelivery check",
                    LogSafe.value(e.getMessage()), personIds.hash(event.channel(), event.person()));
            return Start.ANSWER;
        }
    }

    @Override
    public SentSoFar alreadySent() {
        return SentSoFar.NOTHING;
    }

    @Override
    public void sent(SentSoFar progress) {
    }

    @Override
    public void finish() {
    }
}
