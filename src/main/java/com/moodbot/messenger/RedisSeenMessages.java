package com.moodbot.messenger;

import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/**
 * Message ids in Redis, shared by every instance behind the load balancer: {@code SET NX} with a
 * two-day expiry (Facebook stops redelivering long before).
 */
@Singleton
@Requires(property = "redis.uri")
public class RedisSeenMessages implements SeenMessages {

    private static final long TTL_SECONDS = 2 * 24 * 3600;
    private final StatefulRedisConnection<String, String> redis;

    public RedisSeenMessages(StatefulRedisConnection<String, String> redis) {
        this.redis = redis;
    }

    @Override
    public boolean firstTime(String id) {
        return "OK".equals(redis.sync().set(key(id), "1", SetArgs.Builder.nx().ex(TTL_SECONDS)));
    }

    private static String key(String id) {
        return StreamLedger.midKey(id);
    }
}
