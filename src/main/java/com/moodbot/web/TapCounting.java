package com.moodbot.web;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Whether a card tap counts: once per token per client per hour, so that reloading a {@code /go}
 * link, or a script fetching one, does not inflate the taps. The least recently seen pairs are
 * forgotten past 10,000 (such a pair may then count again).
 */
@Singleton
public class TapCounting {

    private static final long WINDOW_NANOS = Duration.ofHours(1).toNanos();
    private static final int MAX_PAIRS = 10_000;
    private final Map<String, Long> countedAt = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > MAX_PAIRS;
        }
    };

    /** @return true when this client's tap on this (verified) token is the first within the hour */
    public synchronized boolean first(String client, String token) {
        String key = client + " " + token.substring(token.lastIndexOf('.') + 1); // the signature names the token
        long now = System.nanoTime();
        Long at = countedAt.get(key);
        if (at != null && now - at < WINDOW_NANOS) {
            return false;
        }
        countedAt.put(key, now);
        return true;
    }
}
