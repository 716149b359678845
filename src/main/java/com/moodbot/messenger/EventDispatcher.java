package com.moodbot.messenger;

import com.moodbot.conversation.InboundEvent;
import com.moodbot.conversation.PersonIds;
import com.moodbot.metrics.MoodbotMetrics;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs events off the request thread: one person's events strictly in order, different people in
 * parallel on a fixed pool. At most {@code queueCapacity} events wait at once; when full, the
 * whole webhook POST is refused (503) so that Facebook redelivers it later and nothing is lost.
 * Redelivered message ids are dropped by the worker, just before answering, so the request
 * thread never waits on the dedupe store (Redis when scaled out).
 */
@Singleton
public class EventDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(EventDispatcher.class);
    private final MessengerChannel channel;
    private final SeenMessages seen;
    private final ExecutorService workers;
    private final Semaphore capacity;
    private final Map<String, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();
    private final AtomicInteger busy = new AtomicInteger();
    private final MoodbotMetrics metrics;

    private final PersonIds personIds;

    public EventDispatcher(MessengerChannel channel, SeenMessages seen, DispatchConfig config, MoodbotMetrics metrics,
                           PersonIds personIds) {
        this.personIds = personIds;
        this.channel = channel;
        this.seen = seen;
        this.metrics = metrics;
        ThreadPoolExecutor pool = (ThreadPoolExecutor) Executors.newFixedThreadPool(config.workers(), r -> {
            Thread t = new Thread(r, "moodbot-worker");
            t.setDaemon(true);
            return t;
        });
        pool.prestartAllCoreThreads();
        this.workers = pool;
        this.capacity = new Semaphore(config.queueCapacity());
        int max = config.queueCapacity();
        metrics.gauge("moodbot.dispatch.queued", "Events accepted and not yet answered", () -> max - capacity.availablePermits());
        metrics.gauge("moodbot.dispatch.busy.workers", "Workers answering an event right now", busy::get);
    }

    /** @return false when the queue is full and nothing was accepted */
    public boolean submit(List<InboundEvent> events) {
        if (events.isEmpty()) {
            return true;
        }
        if (!capacity.tryAcquire(events.size())) {
            LOG.warn("Event queue full; refusing {} event(s) so Facebook redelivers them", events.size());
            return false;
        }
        long received = System.nanoTime();
        events.forEach(e -> enqueue(e, received));
        return true;
    }

    private void enqueue(InboundEvent event, long received) {
        CompletableFuture<Void> next = tails.compute(event.person(), (person, tail) ->
                (tail == null ? CompletableFuture.<Void>completedFuture(null) : tail.exceptionally(failed -> null))
                        .thenRunAsync(() -> run(event, received), workers));
        // Registered only once the map holds it: an event answered before compute returned must still leave.
        next.whenComplete((v, e) -> tails.remove(event.person(), next));
    }

    private void run(InboundEvent event, long received) {
        busy.incrementAndGet();
        try {
            if (firstTime(event)) {
                channel.answer(event);
                metrics.eventAnswered(System.nanoTime() - received);
            } else {
                LOG.info("Dropped a redelivered event for person {}", personIds.hash(event.person()));
            }
        } catch (RuntimeException e) {
            LOG.error("Unexpected failure answering person {}", personIds.hash(event.person()), e);
        } catch (Error e) {
            // StackOverflowError, OutOfMemoryError...: this event is lost, the person's next ones and the permit are not
            LOG.error("{} answering person {}; going on with the next event", e.getClass().getSimpleName(),
                    personIds.hash(event.person()), e);
        } finally {
            busy.decrementAndGet();
            capacity.release();
        }
    }

    /** A dedupe store that cannot answer must not cost the person their reply: answer, at the risk of a repeat. */
    private boolean firstTime(InboundEvent event) {
        try {
            return seen.firstTime(event.id());
        } catch (RuntimeException e) {
            LOG.warn("Dedupe store unavailable ({}); answering person {} without the redelivery check",
                    e.getMessage(), personIds.hash(event.person()));
            return true;
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
}
