package com.moodbot.messenger;

import com.moodbot.channel.Channel;
import com.moodbot.conversation.InboundEvent;
import com.moodbot.conversation.PersonIds;
import com.moodbot.metrics.MoodbotMetrics;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import com.moodbot.logging.LogSafe;
import com.moodbot.logging.LogThrottle;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs events off the request thread: one person's events strictly in order, different people in
 * parallel on a fixed pool. At most {@code queueCapacity} events wait at once; when full, the
 * whole webhook POST is refused (503) so that Facebook redelivers it later and nothing is lost.
 * Redelivered message ids are dropped by the worker, just before answering ({@link Delivery#start}),
 * so the request thread never waits on the dedupe store (Redis when scaled out). An event whose
 * person has an earlier one still being answered on another instance goes back to the end of that
 * person's line here and is tried again shortly. Data deletion drops a person's events not yet started.
 */
@Singleton
public class EventDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(EventDispatcher.class);
    /** One line per 10 s and kind however many events meet a dead store. */
    private final LogThrottle storeWarnings = new LogThrottle(Duration.ofSeconds(10));
    private static final long RETRY_MILLIS = 25;
    private final MessengerChannel channel;
    private final SeenMessages seen;
    private final ExecutorService workers;
    private final Semaphore capacity;
    private final Map<Person, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();
    /** Deliveries queued and not yet started, per person; changed only inside the map's compute. */
    private final Map<Person, Set<Delivery>> waiting = new ConcurrentHashMap<>();
    private final AtomicInteger busy = new AtomicInteger();
    private volatile boolean abandoned;
    private final MoodbotMetrics metrics;

    private final PersonIds personIds;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "moodbot-dispatch-retry");
        t.setDaemon(true);
        return t;
    });
    private final int queueCapacity;

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
        this.queueCapacity = config.queueCapacity();
        metrics.gauge("moodbot.dispatch.queued", "Events accepted and not yet answered", this::pending);
        metrics.gauge("moodbot.dispatch.busy.workers", "Workers answering an event right now", busy::get);
    }

    /** Events kept in this process's memory only. @return false when the queue is full and nothing was accepted */
    public boolean submit(List<InboundEvent> events) {
        return submitDeliveries(events.stream()
                .<Delivery>map(e -> new MemoryDelivery(e, seen, personIds, storeWarnings)).toList());
    }

    /** @return false when the queue is full and nothing was accepted */
    public boolean submitDeliveries(List<Delivery> deliveries) {
        if (deliveries.isEmpty()) {
            return true;
        }
        if (!capacity.tryAcquire(deliveries.size())) {
            LOG.warn("Event queue full; refusing {} event(s) so Facebook redelivers them", deliveries.size());
            return false;
        }
        long received = System.nanoTime();
        deliveries.forEach(d -> enqueue(d, received));
        return true;
    }

    /** How many more events would be accepted now. */
    public int freeCapacity() {
        return capacity.availablePermits();
    }

    /** A person on one channel: the same id on Messenger and Instagram is two people, each in their own line. */
    private record Person(Channel channel, String id) {
        static Person of(Delivery delivery) {
            return new Person(delivery.event().channel(), delivery.event().person());
        }
    }

    /**
     * Data deletion: the person's queued events will not be answered (one being answered now is).
     * @return the deliveries dropped
     */
    public List<Delivery> erase(Channel channel, String person) {
        Set<Delivery> dropped = waiting.remove(new Person(channel, person));
        return dropped == null ? List.of() : List.copyOf(dropped);
    }

    private void enqueue(Delivery delivery, long received) {
        waiting.compute(Person.of(delivery), (p, queued) -> {
            Set<Delivery> set = queued != null ? queued : Collections.newSetFromMap(new IdentityHashMap<>());
            set.add(delivery);
            return set;
        });
        Person person = Person.of(delivery);
        CompletableFuture<Void> next = tails.compute(person, (p, tail) ->
                (tail == null ? CompletableFuture.<Void>completedFuture(null) : tail.exceptionally(failed -> null))
                        .thenRunAsync(() -> run(delivery, received), workers));
        // Registered only once the map holds it: an event answered before compute returned must still leave.
        next.whenComplete((v, e) -> tails.remove(person, next));
    }

    private void run(Delivery delivery, long received) {
        InboundEvent event = delivery.event();
        busy.incrementAndGet();
        boolean done = true;
        try {
            switch (leaveWaiting(delivery) ? delivery.start() : Delivery.Start.ERASED) {
                case ANSWER -> {
                    channel.answer(event, delivery);
                    metrics.eventAnswered(System.nanoTime() - received);
                }
                case REDELIVERED -> LOG.info("Dropped a redelivered event for person {}", personIds.hash(event.channel(), event.person()));
                case ERASED -> LOG.info("Dropped an event unanswered: its person's data was erased");
                case GIVE_UP -> LOG.error("Gave up on an event for person {}: every attempt so far ended in a crash",
                        personIds.hash(event.channel(), event.person()));
                case NOT_YET -> {
                    done = false;
                    retries.schedule(() -> enqueue(delivery, received), RETRY_MILLIS, TimeUnit.MILLISECONDS);
                }
            }
        } catch (RuntimeException e) {
            LOG.error("Unexpected failure answering person {}", personIds.hash(event.channel(), event.person()), e);
        } catch (Error e) {
            // StackOverflowError, OutOfMemoryError...: this event is lost, the person's next ones and the permit are not
            LOG.error("{} answering person {}; going on with the next event", e.getClass().getSimpleName(),
                    personIds.hash(event.channel(), event.person()), e);
        } finally {
            busy.decrementAndGet();
            if (done && abandoned) {
                capacity.release(); // cut off by the stop, not answered: a stored event stays for another instance
            } else if (done) {
                finish(delivery);
            }
        }
    }

    /** @return false when data deletion dropped it while it waited */
    private boolean leaveWaiting(Delivery delivery) {
        boolean[] found = {false};
        waiting.computeIfPresent(Person.of(delivery), (p, queued) -> {
            found[0] = queued.remove(delivery);
            return queued.isEmpty() ? null : queued;
        });
        return found[0];
    }

    private void finish(Delivery delivery) {
        try {
            delivery.finish();
        } catch (RuntimeException e) {
            storeWarnings.warn(LOG, "acknowledge",
                    "Could not acknowledge an answered event for person {} ({}); it may be answered again",
                    personIds.hash(delivery.event().channel(), delivery.event().person()),
                    LogSafe.value(e.getMessage()));
        } finally {
            capacity.release();
        }
    }

    /** Waits for queued work (tests and graceful shutdown). */
    public boolean awaitIdle(long timeout, TimeUnit unit) throws InterruptedException {
        long end = System.nanoTime() + unit.toNanos(timeout);
        while (!tails.isEmpty() || capacity.availablePermits() < queueCapacity) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(5);
        }
        return true;
    }

    /** Events accepted and not yet answered, queued or in flight. */
    public int pending() {
        return queueCapacity - capacity.availablePermits();
    }

    /**
     * The stop's drain timed out: the workers are interrupted and nothing more is started, so the process stops
     * now rather than after another wait (a worker in a download ends with its deadline). What they were answering
     * is not acknowledged: with durable intake another instance claims it.
     */
    public void abandon() {
        abandoned = true;
        retries.shutdownNow();
        workers.shutdownNow();
    }

    @PreDestroy
    void stop() throws InterruptedException {
        retries.shutdownNow();
        workers.shutdown();
        workers.awaitTermination(abandoned ? 1 : 20, TimeUnit.SECONDS);
    }
}
