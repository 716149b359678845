package com.moodbot.messenger;

import com.moodbot.conversation.InboundEvent;
import com.moodbot.conversation.PersonIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An event held only in this process's memory: a crash loses it, and there is nothing to acknowledge. */
record MemoryDelivery(InboundEvent event, SeenMessages seen, PersonIds personIds) implements Delivery {

    private static final Logger LOG = LoggerFactory.getLogger(MemoryDelivery.class);

    /** A dedupe store that cannot answer must not cost the person their reply: answer, at the risk of a repeat. */
    @Override
    public Start start() {
        try {
            return seen.firstTime(SeenMessages.key(event)) ? Start.ANSWER : Start.REDELIVERED;
        } catch (RuntimeException e) {
            LOG.warn("Dedupe store unavailable ({}); answering person {} without the redelivery check",
                    e.getMessage(), personIds.hash(event.channel(), event.person()));
            return Start.ANSWER;
        }
    }

    @Override
    public int alreadySent() {
        return 0;
    }

    @Override
    public void sent(int count) {
    }

    @Override
    public void finish() {
    }
}
