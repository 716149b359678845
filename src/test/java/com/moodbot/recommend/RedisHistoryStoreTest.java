package com.moodbot.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.moodbot.support.RedisServer;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A person's lists in Redis: one list's items, a category's lists, and erasure of them all. */
class RedisHistoryStoreTest {

    @Test
    void aCategorysItemsAreReadAcrossItsListsAndErasedWithThem() throws Exception {
        RedisServer.connected(c -> {
            HistoryStore history = new RedisHistoryStore(() -> c);
            assertEquals(Map.of(), history.lists("p", "film:"), "nothing shown yet");
            history.markSeen("p", "film:neutral", "a");
            history.markSeen("p", "film:surprise", "b");
            history.markSeen("p", "film:happy:group", "c");
            history.markSeen("p", "song:neutral", "d");
            history.markSeen("q", "film:neutral", "e");
            assertEquals(Set.of("a"), history.seen("p", "film:neutral"));
            assertEquals(Map.of("film:neutral", Set.of("a"), "film:surprise", Set.of("b"), "film:happy:group",
                    Set.of("c")), history.lists("p", "film:"));
            history.reset("p", "film:surprise");
            assertEquals(Set.of(), history.lists("p", "film:").getOrDefault("film:surprise", Set.of()));
            assertEquals(3, history.erase("p"), "the lists left with items");
            assertEquals(Map.of(), history.lists("p", "film:"));
            assertEquals(Map.of("film:neutral", Set.of("e")), history.lists("q", "film:"), "another person's are theirs");
        });
    }
}
