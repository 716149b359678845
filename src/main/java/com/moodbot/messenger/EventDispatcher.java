package com.moodbot.messenger;

import com.moodbot.conversation.InboundEvent;
import com.moodbot.conversation.PersonId;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs events off the request thread: one person's events strictly in order, different people in
 * parallel on a fixed pool. At most {@code queueCapacity} events wait at once; when full, the
 * whole webhook POST is refused (503) so that Facebook redelivers it later and nothing is lost.
 * Redelivered message ids are dropped.
 */
@Singleton
public class EventDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(EventDispatcher.class);
    private final MessengerChannel channel;
    private final SeenMessages seen;
    private final ExecutorService workers;
    private final Semaphore capacity;
    private final Map<String, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

    public EventDispatcher(MessengerChannel channel, SeenMessages seen, DispatchConfig config) {
        this.channel = channel;
        this.seen = seen;
        this.workers = Executors.newFixedThreadPool(config.workers(), r -> {
            Thread t = new Thread(r, "moodbot-worker");
            t.setDaemon(true);
            return t;
        });
        this.capacity = new Semaphore(config.queueCapacity());
    }

    /** @return false when the queue is full and nothing was accepted */
    public boolean submit(List<InboundEvent> events) {
        List<InboundEvent> fresh = events.stream().filter(e -> seen.firstTime(e.id())).toList();
        if (fresh.size() < events.size()) {
            LOG.info("Dropped {} redelivered event(s)", events.size() - fresh.size());
        }
        if (fresh.isEmpty()) {
            return true;
        }
        if (!capacity.tryAcquire(fresh.size())) {
            fresh.forEach(e -> seen.forget(e.id()));
            LOG.warn("Event queue full; refusing {} event(s) so Facebook redelivers them", fresh.size());
            return false;
        }
        fresh.forEach(this::enqueue);
        return true;
    }

    private void enqueue(InboundEvent event) {
        tails.compute(event.person(), (person, tail) -> {
            CompletableFuture<Void> start = tail == null ? CompletableFuture.completedFuture(null) : tail;
            CompletableFuture<Void> next = start.thenRunAsync(() -> run(event), workers);
            next.whenComplete((v, e) -> tails.remove(person, next));
            return next;
        });
    }

    private void run(InboundEvent event) {
        try {
            channel.answer(event);
        } catch (RuntimeException e) {
            LOG.error("Unexpected failure answering person {}", PersonId.hash(event.person()), e);
        } finally {
            capacity.release();
        }
    }

    /** Waits for queued work (tests and graceful shutdown). */
    public boolean awaitIdle(long timeout, TimeUnit unit) throws InterruptedException {
        long end = System.nanoTime() + unit.toNanos(timeout);
        while (!tails.isEmpty()) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(5);
        }
        return true;
    }

    @PreDestroy
    void stop() throws InterruptedException {
        workers.shutdown();
        workers.awaitTermination(20, TimeUnit.SECONDS);
    }

    @ConfigurationProperties("moodbot.dispatch")
    public record DispatchConfig(@Bindable(defaultValue = "8") int workers,
                                 @Bindable(defaultValue = "1000") int queueCapacity) {
    }
}
