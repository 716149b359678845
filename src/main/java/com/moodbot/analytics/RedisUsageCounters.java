package com.moodbot.analytics;

import com.moodbot.logging.LogThrottle;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With Redis: one hash per hour ({@code moodbot:usage:HOUR}), shared by every instance and kept
 * across restarts for {@link #KEEP_HOURS}. Counting never waits on Redis: a lost increment costs
 * a count, never a reply.
 */
@Singleton
@Requires(property = "redis.uri")
public class RedisUsageCounters implements UsageCounters {

    private static final Logger LOG = LoggerFactory.getLogger(RedisUsageCounters.class);
    private final StatefulRedisConnection<String, String> redis;
    private final LogThrottle failures = new LogThrottle(Duration.ofMinutes(1));

    public RedisUsageCounters(StatefulRedisConnection<String, String> redis) {
        this.redis = redis;
    }

    @Override
    public void add(long hour, String field, long n) {
        String key = key(hour);
        redis.async().hincrby(key, field, n).thenCompose(v -> redis.async().expire(key, (KEEP_HOURS + 1) * 3600L))
                .exceptionally(e -> {
                    failures.warn(LOG, "add", "Usage count not stored in Redis ({})", e.toString());
                    return null;
                });
    }

    @Override
    public Map<Long, Map<String, Long>> read(long fromHour, long toHour) {
        Map<Long, RedisFuture<Map<String, String>>> pending = new LinkedHashMap<>();
        for (long hour = fromHour; hour <= toHour; hour++) {
            pending.put(hour, redis.async().hgetall(key(hour)));
        }
        Map<Long, Map<String, Long>> out = new HashMap<>();
        for (Map.Entry<Long, RedisFuture<Map<String, String>>> e : pending.entrySet()) {
            try {
                Map<String, String> fields = e.getValue().get(2, TimeUnit.SECONDS);
                if (!fields.isEmpty()) {
                    Map<String, Long> counts = new HashMap<>();
                    fields.forEach((f, v) -> counts.put(f, Long.parseLong(v)));
                    out.put(e.getKey(), counts);
                }
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted reading usage counts", ex);
            } catch (Exception ex) {
                throw new IllegalStateException("usage counts unavailable: " + ex.getMessage(), ex);
            }
        }
        return out;
    }

    private static String key(long hour) {
        return "moodbot:usage:" + hour;
    }
}
