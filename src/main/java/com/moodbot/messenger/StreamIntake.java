package com.moodbot.messenger;

import com.moodbot.channel.Channel;
import com.moodbot.conversation.InboundEvent;
import com.moodbot.metrics.MoodbotMetrics;
import com.moodbot.logging.LogThrottle;
import com.moodbot.ops.RedisTimeoutConfig;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With Redis: the webhook answers 200 only once its events are in the Redis Stream, so an instance
 * that dies (SIGKILL, OOM, a native crash) loses none of them; {@link StreamConsumer}s answer them.
 * If Redis cannot take them within its command timeout, they are kept in memory and answered as
 * without Redis (or refused with 503 when {@code memoryFallback} is off).
 */
@Singleton
@Requires(property = "redis.uri")
@Requires(property = "moodbot.intake.durable", notEquals = "false")
public class StreamIntake implements EventIntake {

    private static final Logger LOG = LoggerFactory.getLogger(StreamIntake.class);
    private final StreamLedger ledger;
    private final EventDispatcher dispatcher;
    private final IntakeConfig config;
    private final Duration timeout;
    private final MoodbotMetrics metrics;
    private final LogThrottle warnings = new LogThrottle(Duration.ofSeconds(10));

    public StreamIntake(StreamLedger ledger, EventDispatcher dispatcher, IntakeConfig config,
                        RedisTimeoutConfig redisTimeout, MoodbotMetrics metrics) {
        this.ledger = ledger;
        this.dispatcher = dispatcher;
        this.config = config;
        this.timeout = redisTimeout.commandTimeout();
        this.metrics = metrics;
    }

    @Override
    public CompletionStage<Boolean> accept(List<InboundEvent> events) {
        if (events.isEmpty()) {
            return CompletableFuture.completedFuture(true);
        }
        return ledger.append(events).toCompletableFuture().orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .handle((stored, failure) -> {
                    if (failure == null && stored >= 0) {
                        metrics.intake("stream", events.size());
                        return true;
                    }
                    if (failure == null) {
                        warnings.warn(LOG, "full", "Stored-event backlog is at its cap of {}; refusing {} event(s) so "
                                + "Facebook redelivers them", config.maxBacklog(), events.size());
                        metrics.intake("backlog_full", events.size());
                        return false;
                    }
                    if (!config.memoryFallback()) {
                        warnings.warn(LOG, "down", "Redis could not store {} event(s) ({}); refusing them so Facebook "
                                + "redelivers them", events.size(), failure.toString());
                        metrics.intake("refused", events.size());
                        return false;
                    }
                    warnings.warn(LOG, "down", "Redis could not store {} event(s) ({}); answering them from memory, "
                            + "not durably", events.size(), failure.toString());
                    boolean accepted = dispatcher.submit(events);
                    metrics.intake(accepted ? "memory_fallback" : "refused", events.size());
                    return accepted;
                });
    }

    /**
     * Entries some instance has read already are marked, so that none of them is answered; events
     * this instance kept in memory (Redis was down when they came) are dropped here.
     */
    @Override
    public ErasedEvents erase(Channel channel, String person) {
        ErasedEvents stored = ledger.erase(channel, person);
        long inMemory = dispatcher.erase(channel, person).stream().filter(d -> d instanceof MemoryDelivery)
                .count();
        return new ErasedEvents(stored.events() + (int) inMemory, stored.orderingLines());
    }

    /** Until the stream is empty (every instance's events answered) and this instance is idle. */
    @Override
    public boolean awaitIdle(long timeout, TimeUnit unit) throws InterruptedException {
        long end = System.nanoTime() + unit.toNanos(timeout);
        while (ledger.backlog() > 0) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(10);
        }
        return dispatcher.awaitIdle(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
    }
}
