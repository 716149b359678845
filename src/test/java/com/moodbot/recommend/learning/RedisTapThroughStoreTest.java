package com.moodbot.recommend.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.bench.ManualClock;
import com.moodbot.emotion.Emotion;
import com.moodbot.recommend.Category;
import com.moodbot.support.RedisServer;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** With Redis every instance learns the same counts, decayed the same way, and they expire on their own. */
class RedisTapThroughStoreTest {

    @Test
    void twoInstancesShareDecayedCounts() throws Exception {
        RedisServer redis = RedisServer.start();
        RedisClient client = RedisClient.create(redis.uri());
        ManualClock clock = LearningFixtures.clock();
        LearningConfig config = new LearningConfig(true, Duration.ofDays(14), 1000, 20, 0.05);
        try (StatefulRedisConnection<String, String> one = client.connect();
             StatefulRedisConnection<String, String> two = client.connect()) {
            TapThroughStore first = new RedisTapThroughStore(one, clock, config);
            TapThroughStore second = new RedisTapThroughStore(two, clock, config);
            for (int i = 0; i < 4; i++) {
                first.shown(Emotion.SAD, Category.FILM, "amelie-2001");
                second.shown(Emotion.SAD, Category.FILM, "amelie-2001");
            }
            first.tapped(Emotion.SAD, Category.FILM, "amelie-2001");
            second.tapped(Emotion.SAD, Category.FILM, "amelie-2001");
            awaitCards(second, 8);
            awaitTaps(first, 2);
            second.shown(Emotion.SAD, Category.FILM, "paddington-2-2017");
            awaitCards(first, 9);
            assertEquals(new ItemCounts(8, 2, 8), first.read(Emotion.SAD, Category.FILM).item("amelie-2001"),
                    "one instance reads what both counted");
            assertEquals(new ItemCounts(1, 0, 9), first.read(Emotion.SAD, Category.FILM).item("paddington-2-2017"));

            clock.advance(Duration.ofDays(14));
            assertEquals(new ItemCounts(4, 1, 8), second.read(Emotion.SAD, Category.FILM).item("amelie-2001"),
                    "halved after one half-life");
            first.tapped(Emotion.SAD, Category.FILM, "amelie-2001");
            awaitTaps(second, 2);
            clock.advance(Duration.ofDays(14));
            assertEquals(new ItemCounts(2, 1, 8), second.read(Emotion.SAD, Category.FILM).item("amelie-2001"),
                    "decayed in Redis up to the tap, then again on reading");
            long ttl = one.sync().pttl("moodbot:learning:sad:film");
            assertTrue(ttl > 139L * 86_400_000 && ttl <= 140L * 86_400_000, "kept ten half-lives: " + ttl);
        } finally {
            client.shutdown();
            redis.close();
        }
    }

    private static void awaitCards(TapThroughStore store, long cards) throws InterruptedException {
        long end = System.nanoTime() + 5_000_000_000L;
        while (store.read(Emotion.SAD, Category.FILM).cards() < cards && System.nanoTime() < end) {
            Thread.sleep(10);
        }
    }

    private static void awaitTaps(TapThroughStore store, double taps) throws InterruptedException {
        long end = System.nanoTime() + 5_000_000_000L;
        while (store.read(Emotion.SAD, Category.FILM).item("amelie-2001").taps() < taps - 1e-9 && System.nanoTime() < end) {
            Thread.sleep(10);
        }
    }
}
