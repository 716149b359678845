package com.moodbot.messenger;

import com.moodbot.channel.Channel;
import com.moodbot.conversation.InboundEvent;
import com.moodbot.conversation.PersonIds;
import com.moodbot.ops.WarmUpConfig;
import com.moodbot.ops.WarmUpTask;
import io.lettuce.core.Consumer;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XGroupCreateArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Warms durable intake before readiness: events appended, read through a group, started, marked sent
 * and acknowledged by the same scripts the webhook and workers use, on a scratch stream of this
 * instance's own that is deleted afterwards. The real stream is never touched.
 */
@Singleton
@Requires(property = "redis.uri")
@Requires(property = "moodbot.intake.durable", notEquals = "false")
public class StreamWarmUp implements WarmUpTask {

    private static final int BATCH = 10;
    private final StatefulRedisConnection<String, String> redis;
    private final IntakeConfig config;
    private final PersonIds personIds;

    public StreamWarmUp(StatefulRedisConnection<String, String> redis, IntakeConfig config, PersonIds personIds) {
        this.redis = redis;
        this.config = config;
        this.personIds = personIds;
    }

    @Override
    public String run(URI server, WarmUpConfig warmUp, long deadline) throws Exception {
        String id = UUID.randomUUID().toString();
        IntakeConfig scratch = new IntakeConfig(true, "moodbot:warm-up:" + id, "warm-up", config.claimAfter(),
                config.maxBacklog(), config.maxAttempts(), config.orderWait(), false);
        StreamLedger ledger = new StreamLedger(redis, scratch, personIds);
        redis.sync().xgroupCreate(XReadArgs.StreamOffset.from(scratch.stream(), "0"), scratch.group(),
                XGroupCreateArgs.Builder.mkstream());
        Consumer<String> me = Consumer.from(scratch.group(), "warm-up");
        List<String> mids = new ArrayList<>();
        int events = 0;
        try {
            for (int round = 0; round < warmUp.requests() / (3 * BATCH) && System.nanoTime() < deadline; round++) {
                List<InboundEvent> batch = new ArrayList<>();
                for (int i = 0; i < BATCH; i++) {
                    String mid = "warm-up-" + id + "-" + events++;
                    mids.add(StreamLedger.midKey(mid));
                    batch.add(new InboundEvent.Text(Channel.MESSENGER, "warm-up-" + (i % 3), mid, "hi"));
                }
                ledger.append(batch).toCompletableFuture().get(5, TimeUnit.SECONDS);
                for (StreamMessage<String, String> m : redis.sync().xreadgroup(me, XReadArgs.Builder.count(BATCH),
                        XReadArgs.StreamOffset.lastConsumed(scratch.stream()))) {
                    InboundEvent event = StreamEvents.event(m.getBody());
                    ledger.start(m.getId(), event, false);
                    ledger.sent(m.getId(), SentSoFar.NOTHING.request());
                    ledger.finish(m.getId(), event);
                }
            }
        } finally {
            redis.sync().del(scratch.stream());
            for (int i = 0; i < mids.size(); i += 500) {
                redis.sync().del(mids.subList(i, Math.min(mids.size(), i + 500)).toArray(String[]::new));
            }
        }
        return events + " events through a scratch Redis stream";
    }
}
