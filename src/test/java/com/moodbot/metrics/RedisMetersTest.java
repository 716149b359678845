package com.moodbot.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RedisMetersTest {

    @Test
    void redisCommandTimersKeepCountSumAndMaxButNoBuckets() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        registry.config().meterFilter(new RedisMeters().redisCommandsWithoutBuckets());
        Timer redis = Timer.builder("lettuce.command.completion").publishPercentileHistogram()
                .serviceLevelObjectives(Duration.ofMillis(1), Duration.ofMillis(5)).register(registry);
        Timer ours = Timer.builder("moodbot.event.latency").publishPercentileHistogram()
                .serviceLevelObjectives(Duration.ofMillis(1), Duration.ofMillis(5)).register(registry);
        redis.record(Duration.ofMillis(2));
        ours.record(Duration.ofMillis(2));
        assertEquals(0, redis.takeSnapshot().histogramCounts().length, "no buckets for Redis commands");
        assertEquals(1, redis.count());
        assertTrue(ours.takeSnapshot().histogramCounts().length > 0, "moodbot's own histograms keep theirs");
    }
}
