package com.moodbot.messenger;

import com.moodbot.conversation.InboundEvent;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/** Where the webhook hands verified events before it answers 200. */
public interface EventIntake {

    /** Completes with true once the events are accepted (and, when durable, stored); false means "retry later". */
    CompletionStage<Boolean> accept(List<InboundEvent> events);

    /** Waits until every accepted event has been answered (tests and graceful shutdown). */
    boolean awaitIdle(long timeout, TimeUnit unit) throws InterruptedException;
}
