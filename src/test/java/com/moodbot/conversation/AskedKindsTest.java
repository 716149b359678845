package com.moodbot.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.bench.ManualClock;
import com.moodbot.recommend.Category;
import com.moodbot.support.RedisServer;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The kind a person was asked a mood for: read once, kept ten minutes, erased on request; in memory and in Redis. */
class AskedKindsTest {

    @Test
    void inMemoryAKindIsReadOnceAndNotAfterTenMinutes() {
        ManualClock clock = new ManualClock(Instant.parse("2026-12-05T12:00:00Z"));
        InMemoryAskedKinds kinds = new InMemoryAskedKinds(clock);
        kinds.asked("p", Category.SONG);
        clock.advance(Duration.ofMinutes(9));
        assertEquals(Optional.of(Category.SONG), kinds.take("p"));
        assertEquals(Optional.empty(), kinds.take("p"), "read once");

        kinds.asked("p", Category.FOOD);
        clock.advance(Duration.ofMinutes(11));
        assertEquals(Optional.empty(), kinds.take("p"), "too long ago to be an answer");

        kinds.asked("q", Category.PLACE);
        assertTrue(kinds.erase("q"));
        assertFalse(kinds.erase("q"));
        assertEquals(Optional.empty(), kinds.take("q"));
    }

    @Test
    void inRedisAKindIsReadOnceExpiresInTenMinutesAndIsErased() throws Exception {
        RedisServer.connected(c -> {
            RedisAskedKinds kinds = new RedisAskedKinds(c);
            kinds.asked("p", Category.SONG);
            long ttl = c.sync().ttl("moodbot:asked:p");
            assertTrue(ttl > 590 && ttl <= 600, "ten minutes: " + ttl);
            assertEquals(Optional.of(Category.SONG), kinds.take("p"));
            assertEquals(Optional.empty(), kinds.take("p"), "read once");

            kinds.asked("q", Category.PLACE);
            assertTrue(kinds.erase("q"));
            assertFalse(kinds.erase("q"));
            assertEquals(0L, c.sync().exists("moodbot:asked:q"));
        });
    }
}
