package com.moodbot.web;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * One token bucket per client, for at most {@code maxClients} clients. Room for a new client is made
 * only by forgetting buckets that have refilled, when forgetting changes nothing, least recently seen
 * first. While every bucket held is still refilling, new clients share one overflow bucket: a flood of
 * new addresses then limits itself and never resets the bucket of a client that has used its tokens.
 * (Caffeine's W-TinyLFU cannot promise this: it counts frequency only once the cache is half full.)
 */
final class TokenBuckets {

    private final class Bucket {
        private double tokens = burst;
        private long at;

        Bucket(long now) {
            at = now;
        }

        void refill(long now) {
            tokens = Math.min(burst, tokens + (now - at) * perNano);
            at = now;
        }

        boolean full(long now) {
            return tokens + (now - at) * perNano >= burst;
        }
    }

    private final double perNano;
    private final int burst;
    private final int maxClients;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>(256, 0.75f, true);
    private final Bucket overflow;

    TokenBuckets(int perMinute, int burst, int maxClients, LongSupplier nanoTime) {
        this.perNano = perMinute / 60e9;
        this.burst = burst;
        this.maxClients = maxClients;
        this.nanoTime = nanoTime;
        this.overflow = new Bucket(nanoTime.getAsLong());
    }

    /** @return 0 when a token was taken, else whole seconds until one will be there */
    synchronized long take(String client) {
        long now = nanoTime.getAsLong();
        Bucket b = buckets.get(client);
        if (b == null) {
            b = makeRoom(now) ? new Bucket(now) : overflow;
            if (b != overflow) {
                buckets.put(client, b);
            }
        }
        b.refill(now);
        if (b.tokens >= 1) {
            b.tokens -= 1;
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - b.tokens) / perNano / 1e9));
    }

    private boolean makeRoom(long now) {
        Iterator<Bucket> eldestFirst = buckets.values().iterator();
        while (buckets.size() >= maxClients && eldestFirst.hasNext() && eldestFirst.next().full(now)) {
            eldestFirst.remove();
        }
        return buckets.size() < maxClients;
    }

    /** Clients with a bucket of their own now (tests). */
    synchronized int clients() {
        return buckets.size();
    }
}
