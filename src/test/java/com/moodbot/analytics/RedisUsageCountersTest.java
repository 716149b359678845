package com.moodbot.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.support.RedisServer;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With Redis the analytics counts are shared and outlive the process that counted them. */
class RedisUsageCountersTest {

    @Test
    void countsSurviveARestartAndExpire() throws Exception {
        RedisServer redis = RedisServer.start();
        RedisClient client = RedisClient.create(redis.uri());
        try {
            try (StatefulRedisConnection<String, String> before = client.connect()) {
                RedisUsageCounters counters = new RedisUsageCounters(before);
                counters.add(490_000, "mood|happy", 2);
                counters.add(490_000, "mood|happy", 1);
                counters.add(490_001, "tap|film|sad|amelie-2001", 1);
                long end = System.nanoTime() + 5_000_000_000L;
                // counting is fire-and-forget: wait for the increments and their expiries to land
                while ((counters.read(490_001, 490_001).isEmpty() || before.sync().ttl("moodbot:usage:490000") < 0
                        || before.sync().ttl("moodbot:usage:490001") < 0) && System.nanoTime() < end) {
                    Thread.sleep(10);
                }
            }
            try (StatefulRedisConnection<String, String> after = client.connect()) {
                Map<Long, Map<String, Long>> read = new RedisUsageCounters(after).read(489_999, 490_002);
                assertEquals(Map.of(490_000L, Map.of("mood|happy", 3L), 490_001L, Map.of("tap|film|sad|amelie-2001", 1L)),
                        read, "a new process (a restart) reads what the old one counted");
                long ttl = after.sync().ttl("moodbot:usage:490000");
                assertTrue(ttl > 62 * 24 * 3600 && ttl <= 63 * 24 * 3600, "kept 62 days (a month and the one before), then gone: " + ttl);
            }
        } finally {
            client.shutdown();
            redis.close();
        }
    }
}
