package com.moodbot.recommend;

import com.moodbot.logging.LogThrottle;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The history only keeps suggestions from repeating; when its store (Redis) cannot answer, the
 * person still gets a suggestion, perhaps one they have seen, and the operator a throttled warning.
 */
final class BestEffortHistory {

    private static final Logger LOG = LoggerFactory.getLogger(BestEffortHistory.class);
    private final HistoryStore store;
    private final LogThrottle warnings = new LogThrottle(Duration.ofSeconds(10));

    BestEffortHistory(HistoryStore store) {
        this.store = store;
    }

    Map<String, Set<String>> lists(String person, String prefix) {
        try {
            return store.lists(person, prefix);
        } catch (RuntimeException e) {
            warn(e);
            return Map.of();
        }
    }

    void reset(String person, String listKey) {
        try {
            store.reset(person, listKey);
        } catch (RuntimeException e) {
            warn(e);
        }
    }

    void markSeen(String person, String listKey, String itemId) {
        try {
            store.markSeen(person, listKey, itemId);
        } catch (RuntimeException e) {
            warn(e);
        }
    }

    private void warn(RuntimeException e) {
        warnings.warn(LOG, "history", "History store unavailable ({}); suggesting without it, repeats possible",
                e.getClass().getSimpleName());
    }
}
