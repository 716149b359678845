package com.moodbot.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.bench.ManualClock;
import com.moodbot.recommend.Category;
import com.moodbot.support.RedisServer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The kind asked (read once) and the last card's buttons: kept ten minutes, erased on request; in memory and in Redis. */
class RecentChoicesTest {

    @Test
    void inMemoryAKindIsReadOnceACardsButtonsAsOftenAsAskedAndNeitherAfterTenMinutes() {
        ManualClock clock = new ManualClock(Instant.parse("2026-12-05T12:00:00Z"));
        InMemoryRecentChoices kinds = new InMemoryRecentChoices(clock);
        kinds.asked("p", Category.SONG);
        clock.advance(Duration.ofMinutes(9));
        assertEquals(Optional.of(Category.SONG), kinds.takeAsked("p"));
        assertEquals(Optional.empty(), kinds.takeAsked("p"), "read once");

        kinds.asked("p", Category.FOOD);
        clock.advance(Duration.ofMinutes(11));
        assertEquals(Optional.empty(), kinds.takeAsked("p"), "too long ago to be an answer");

        kinds.asked("q", Category.PLACE);
        kinds.shown("q", List.of("MORE|sad|film", "WRONG|sad|film"));
        assertEquals(List.of("MORE|sad|film", "WRONG|sad|film"), kinds.shown("q"));
        assertEquals(List.of("MORE|sad|film", "WRONG|sad|film"), kinds.shown("q"), "read as often as asked");
        assertEquals(2, kinds.erase("q"));
        assertEquals(0, kinds.erase("q"));
        assertEquals(Optional.empty(), kinds.takeAsked("q"));
        assertEquals(List.of(), kinds.shown("q"));
        kinds.shown("r", List.of("MORE|happy|song"));
        clock.advance(Duration.ofMinutes(11));
        assertEquals(List.of(), kinds.shown("r"), "a card shown too long ago");
        kinds.shown("s", List.of("MORE|sad|song"));
        assertEquals(0, kinds.erase("r"), "dropped by the next write, once stale, whether or not it was read");
    }

    @Test
    void inRedisBothExpireInTenMinutesAndAreErasedTogether() throws Exception {
        RedisServer.connected(c -> {
            RedisRecentChoices kinds = new RedisRecentChoices(c);
            kinds.asked("p", Category.SONG);
            long ttl = c.sync().ttl("moodbot:asked:p");
            assertTrue(ttl > 590 && ttl <= 600, "ten minutes: " + ttl);
            assertEquals(Optional.of(Category.SONG), kinds.takeAsked("p"));
            assertEquals(Optional.empty(), kinds.takeAsked("p"), "read once");

            kinds.asked("q", Category.PLACE);
            kinds.shown("q", List.of("MORE|sad|film", "WRONG|sad|film"));
            assertEquals(List.of("MORE|sad|film", "WRONG|sad|film"), kinds.shown("q"));
            long cardTtl = c.sync().ttl("moodbot:card:q");
            assertTrue(cardTtl > 590 && cardTtl <= 600, "ten minutes: " + cardTtl);
            assertEquals(2, kinds.erase("q"));
            assertEquals(0, kinds.erase("q"));
            assertEquals(0L, c.sync().exists("moodbot:asked:q", "moodbot:card:q"));
        });
    }
}
