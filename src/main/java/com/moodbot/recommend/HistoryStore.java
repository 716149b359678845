package com.moodbot.recommend;

import java.util.Map;
import java.util.Set;

/**
 * Which items a person has already been shown, per selection key (category + moods), so that
 * selection does not repeat until a list is exhausted. Keys are opaque person hashes, never raw ids.
 */
public interface HistoryStore {

    /** The items of the person's lists whose key starts with {@code prefix} (a category's, whatever the moods). */
    Map<String, Set<String>> lists(String person, String prefix);

    default Set<String> seen(String person, String listKey) {
        return lists(person, listKey).getOrDefault(listKey, Set.of());
    }

    void markSeen(String person, String listKey, String itemId);

    void reset(String person, String listKey);

    /** Forgets everything about a person (data deletion). @return how many non-empty lists were erased */
    int erase(String person);
}
