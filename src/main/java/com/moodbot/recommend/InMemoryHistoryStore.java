package com.moodbot.recommend;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The embedded default: per-person history in memory, least-recently-active people evicted past a cap. */
public final class InMemoryHistoryStore implements HistoryStore {

    private final Map<String, Map<String, Set<String>>> people;

    public InMemoryHistoryStore(int maxPeople) {
        this.people = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Map<String, Set<String>>> eldest) {
                return size() > maxPeople;
            }
        };
    }

    @Override
    public synchronized Map<String, Set<String>> lists(String person, String prefix) {
        Map<String, Set<String>> lists = people.getOrDefault(person, Map.of());
        return lists.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue())));
    }

    @Override
    public synchronized void markSeen(String person, String listKey, String itemId) {
        people.computeIfAbsent(person, p -> new HashMap<>()).computeIfAbsent(listKey, k -> new HashSet<>()).add(itemId);
    }

    @Override
    public synchronized void reset(String person, String listKey) {
        Map<String, Set<String>> lists = people.get(person);
        if (lists != null) {
            lists.remove(listKey);
        }
    }

    @Override
    public synchronized int erase(String person) {
        Map<String, Set<String>> lists = people.remove(person);
        return lists == null ? 0 : (int) lists.values().stream().filter(l -> !l.isEmpty()).count();
    }
}
