package com.moodbot.messenger;

import com.moodbot.conversation.InboundEvent;
import com.moodbot.conversation.PersonIds;
import com.moodbot.metrics.MoodbotMetrics;
import com.moodbot.logging.LogThrottle;
import com.moodbot.ops.ServiceState;
import io.lettuce.core.Consumer;
import io.lettuce.core.RedisBusyException;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XAutoClaimArgs;
import io.lettuce.core.XClaimArgs;
import io.lettuce.core.XGroupCreateArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads stored events through the consumer group, as many as the dispatcher has room for, once the
 * service is ready. Every third of {@code claimAfter} it marks the entries it holds as alive and
 * takes over entries nobody has marked for {@code claimAfter} (their instance died). Draining stops
 * the reading, not the marking. When Redis has lost its data (a restart without persistence,
 * FLUSHALL, a failover to an empty replica) the group is gone: it is made again, counted and logged,
 * and the events stored since are read from the start of the new stream.
 *
 * <p>It starts when the web server does ({@code serve}), never when a context is built: the CLI's
 * commands run in contexts that have {@code redis.uri} too and must not connect, nor build the
 * dispatcher and the model behind it.
 */
@Singleton
@Requires(property = "redis.uri")
@Requires(property = "moodbot.intake.durable", notEquals = "false")
public class StreamConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(StreamConsumer.class);
    private static final int READ_BATCH = 64;
    private static final Duration BLOCK = Duration.ofMillis(200);
    /** A consumer idle this long with nothing pending is an instance that died: it is removed from the group. */
    private static final Duration GONE_AFTER = Duration.ofHours(1);
    private final StreamLedger ledger;
    private final EventDispatcher dispatcher;
    private final ServiceState state;
    private final IntakeConfig config;
    private final PersonIds personIds;
    private final RedisClient client;
    private final MoodbotMetrics metrics;
    private final MessengerConfig messenger;
    private final Consumer<String> me;
    private final Set<String> held = ConcurrentHashMap.newKeySet();
    private final LogThrottle failures = new LogThrottle(Duration.ofSeconds(10));
    private StatefulRedisConnection<String, String> connection;
    private Thread thread;
    private volatile boolean running = true;

    public StreamConsumer(RedisClient client, StreamLedger ledger, EventDispatcher dispatcher, ServiceState state,
                          IntakeConfig config, PersonIds personIds, MoodbotMetrics metrics, MessengerConfig messenger) {
        this.messenger = messenger;
        this.metrics = metrics;
        this.ledger = ledger;
        this.dispatcher = dispatcher;
        this.state = state;
        this.config = config;
        this.personIds = personIds;
        this.client = client;
        this.me = Consumer.from(config.group(), ManagementFactory.getRuntimeMXBean().getName() + "-"
                + UUID.randomUUID().toString().substring(0, 8));
    }

    /**
     * The web server is listening: connect and start reading (the loop waits for readiness itself). An
     * instance that cannot send replies reads nothing: what it took from the shared stream would be lost.
     */
    @EventListener
    void onStartup(ServerStartupEvent event) {
        if (!messenger.configured()) {
            LOG.warn("Not reading the shared event stream: Messenger is not configured on this instance, so it could "
                    + "not answer what it read (give it the same MOODBOT_MESSENGER_* secrets as the others)");
            return;
        }
        start();
    }

    synchronized void start() {
        if (thread != null) {
            return;
        }
        connection = client.connect();
        connection.setTimeout(BLOCK.plusSeconds(2));
        thread = new Thread(this::loop, "moodbot-intake");
        thread.setDaemon(true);
        thread.start();
    }

    /** Entries this instance has read and not yet acknowledged. */
    int held() {
        return held.size();
    }

    private void loop() {
        long nextUpkeep = 0;
        boolean groupReady = false;
        while (running) {
            try {
                if (state.phase() == ServiceState.Phase.STARTING) {
                    Thread.sleep(50);
                    continue;
                }
                RedisCommands<String, String> redis = connection.sync();
                if (!groupReady) {
                    createGroup(redis);
                    groupReady = true;
                }
                // leaving, the webhook still takes posts into the stream: keep reading them until the drain
                boolean reading = state.phase() == ServiceState.Phase.READY || state.phase() == ServiceState.Phase.LEAVING;
                if (System.nanoTime() >= nextUpkeep) {
                    markHeldAlive(redis);
                    if (reading) {
                        takeOverAbandoned(redis);
                    }
                    nextUpkeep = System.nanoTime() + config.claimAfter().toNanos() / 3;
                    if (reading) {
                        leave(""); // only those of instances that died
                    }
                }
                int room = Math.min(dispatcher.freeCapacity(), READ_BATCH);
                if (!reading || room <= 0) {
                    Thread.sleep(20);
                    continue;
                }
                submit(redis.xreadgroup(me, XReadArgs.Builder.block(BLOCK).count(room),
                        XReadArgs.StreamOffset.lastConsumed(config.stream())));
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (groupMissing(e)) {
                    groupReady = false;
                    metrics.intakeGroupRecreated();
                    failures.warn(LOG, "no_group", "The consumer group {} on {} is gone from Redis (its data was lost: "
                            + "a restart without persistence, FLUSHALL or a failover); making it again", config.group(),
                            config.stream());
                    continue;
                }
                if (!running) {
                    break; // stopping: the interrupt ended the blocking read, nothing failed
                }
                failures.warn(LOG, "read", "Cannot read stored events from Redis ({}); retrying", e.getMessage());
                sleepQuietly(250);
            }
        }
    }

    /** Redis answers NOGROUP to a group read, claim or ack once the group (or its stream) no longer exists. */
    private static boolean groupMissing(RuntimeException e) {
        return e instanceof RedisCommandExecutionException && e.getMessage() != null
                && e.getMessage().startsWith("NOGROUP");
    }

    private void createGroup(RedisCommands<String, String> redis) {
        try {
            redis.xgroupCreate(XReadArgs.StreamOffset.from(config.stream(), "0"), config.group(),
                    XGroupCreateArgs.Builder.mkstream());
        } catch (RedisBusyException exists) {
            // another instance made it first
        }
        LOG.info("Reading stored events from {} as {}", config.stream(), me.getName());
    }

    private void markHeldAlive(RedisCommands<String, String> redis) {
        if (!held.isEmpty()) {
            redis.xclaim(config.stream(), me, XClaimArgs.Builder.justid().minIdleTime(0),
                    held.toArray(String[]::new));
        }
    }

    /**
     * {@code consumer} leaves the group if it holds nothing, and so do those idle past {@link #GONE_AFTER} (their
     * instances died): housekeeping, whose failure never stops reading or stopping.
     */
    private void leave(String consumer) {
        try {
            ledger.leave(consumer, GONE_AFTER);
        } catch (RuntimeException e) {
            failures.warn(LOG, "leave", "Cannot remove consumers from the group ({}); they stay until an instance "
                    + "that reads removes them", e.toString());
        }
    }

    private void takeOverAbandoned(RedisCommands<String, String> redis) {
        int room = Math.min(dispatcher.freeCapacity(), READ_BATCH);
        if (room <= 0) {
            return;
        }
        var claimed = redis.xautoclaim(config.stream(),
                XAutoClaimArgs.Builder.xautoclaim(me, config.claimAfter(), "0-0").count(room));
        List<StreamMessage<String, String>> taken = claimed.getMessages().stream()
                .filter(m -> m.getBody() != null && !held.contains(m.getId())).toList();
        if (!taken.isEmpty()) {
            LOG.info("Took over {} stored event(s) that another instance stopped answering", taken.size());
            submit(taken);
        }
    }

    private void submit(List<StreamMessage<String, String>> messages) {
        List<Delivery> deliveries = new ArrayList<>();
        for (StreamMessage<String, String> m : messages) {
            InboundEvent event;
            try {
                event = StreamEvents.event(m.getBody());
            } catch (IllegalArgumentException e) {
                LOG.warn("Discarding stored entry {} this version cannot read: {}", m.getId(), e.getMessage());
                ledger.discard(m.getId());
                continue;
            }
            String id = m.getId();
            if (held.add(id)) {
                deliveries.add(new StreamDelivery(id, event, ledger, config.orderWait(),
                        personIds, () -> held.remove(id)));
            }
        }
        if (!dispatcher.submitDeliveries(deliveries)) {
            // Still pending under this consumer, no longer marked alive: taken over after claimAfter.
            deliveries.forEach(d -> held.remove(((StreamDelivery) d).entryId()));
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    synchronized void stop() throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread.join(2000);
            leave(me.getName());
            connection.close();
        }
    }
}
