package com.moodbot.messenger;

import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;

/** Message ids already accepted, so a redelivery gets no second reply. In memory, most recent 100,000. */
@Singleton
public class SeenMessages {

    private static final int CAPACITY = 100_000;
    private final Map<String, Boolean> ids = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > CAPACITY;
        }
    };

    /** True only the first time an id is seen. */
    public synchronized boolean firstTime(String id) {
        return ids.putIfAbsent(id, Boolean.TRUE) == null;
    }

    public synchronized void forget(String id) {
        ids.remove(id);
    }
}
