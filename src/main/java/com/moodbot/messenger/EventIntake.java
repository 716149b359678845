package com.moodbot.messenger;

import com.moodbot.channel.Channel;
import com.moodbot.conversation.InboundEvent;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/** Where the webhook hands verified events before it answers 200. */
public interface EventIntake {

    /** Completes with true once the events are accepted (and, when durable, stored); false means "retry later". */
    CompletionStage<Boolean> accept(List<InboundEvent> events);

    /** What data deletion took from the intake: events accepted and not yet answered, and ordering lines (Redis). */
    record ErasedEvents(int events, int orderingLines) {
    }

    /** Data deletion: a person's events on that channel accepted and not yet answered are dropped. */
    ErasedEvents erase(Channel channel, String person);

    /** Waits until every accepted event has been answered (tests and graceful shutdown). */
    boolean awaitIdle(long timeout, TimeUnit unit) throws InterruptedException;
}
