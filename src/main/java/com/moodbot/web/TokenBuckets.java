package com.moodbot.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/** One token bucket per client, the least recently seen forgotten past {@code maxClients}. */
final class TokenBuckets {

    private final double perNano;
    private final int burst;
    private final LongSupplier nanoTime;
    private final Map<String, double[]> buckets;

    TokenBuckets(int perMinute, int burst, int maxClients, LongSupplier nanoTime) {
        this.perNano = perMinute / 60e9;
        this.burst = burst;
        this.nanoTime = nanoTime;
        this.buckets = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, double[]> eldest) {
                return size() > maxClients;
            }
        };
    }

    /** @return 0 when a token was taken, else whole seconds until one will be there */
    synchronized long take(String client) {
        long now = nanoTime.getAsLong();
        double[] b = buckets.computeIfAbsent(client, c -> new double[] {burst, now});
        b[0] = Math.min(burst, b[0] + (now - b[1]) * perNano);
        b[1] = now;
        if (b[0] >= 1) {
            b[0] -= 1;
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - b[0]) / perNano / 1e9));
    }
}
