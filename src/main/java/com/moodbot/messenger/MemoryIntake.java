package com.moodbot.messenger;

import com.moodbot.channel.Channel;
import com.moodbot.conversation.InboundEvent;
import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/** Without Redis: events wait in this process's memory, so a crash loses those not yet answered. */
@Singleton
@Secondary
public class MemoryIntake implements EventIntake {

    private final EventDispatcher dispatcher;

    public MemoryIntake(EventDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public CompletionStage<Boolean> accept(List<InboundEvent> events) {
        return CompletableFuture.completedFuture(dispatcher.submit(events));
    }

    @Override
    public ErasedEvents erase(Channel channel, String person) {
        return new ErasedEvents(dispatcher.erase(channel, person).size(), 0);
    }

    @Override
    public boolean awaitIdle(long timeout, TimeUnit unit) throws InterruptedException {
        return dispatcher.awaitIdle(timeout, unit);
    }
}
