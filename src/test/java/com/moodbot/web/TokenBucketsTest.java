package com.moodbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private final TokenBuckets buckets = new TokenBuckets(30, 10, 10_000, clock::get);

    @Test
    void tenThousandNewClientsDoNotResetTheBucketOfAClientThatUsedItsTokens() {
        for (int i = 0; i < 10; i++) {
            assertEquals(0, buckets.take("busy"));
        }
        assertTrue(buckets.take("busy") > 0, "the busy client's bucket is empty");
        for (int i = 0; i < 10_000; i++) {
            assertEquals(0, buckets.take("new-" + i));
        }
        assertTrue(buckets.take("busy") > 0, "the busy client's bucket is still empty after 10,000 new clients");
    }

    @Test
    void aRefilledBucketMakesRoomForANewClientAndPastThatNewClientsShareOneBucket() {
        TokenBuckets three = new TokenBuckets(30, 10, 3, clock::get);
        three.take("a");
        clock.addAndGet(TimeUnit.SECONDS.toNanos(1));
        three.take("b");
        three.take("c");
        clock.addAndGet(TimeUnit.SECONDS.toNanos(1));
        assertEquals(0, three.take("d"), "a has refilled after 2 s: forgotten, and d takes its place");
        assertEquals(3, three.clients());
        for (int i = 0; i < 10; i++) {
            assertEquals(0, three.take("new-" + i), "b, c and d are still refilling: new clients share the overflow");
        }
        assertTrue(three.take("new-10") > 0, "the overflow bucket is empty");
        assertEquals(0, three.take("b"), "b kept its own bucket");
        assertEquals(3, three.clients());
    }

    @Test
    void aBucketRefillsAtTheRateAndNoFurtherThanTheBurst() {
        for (int i = 0; i < 10; i++) {
            buckets.take("a");
        }
        assertEquals(2, buckets.take("a"), "30 a minute: the next token in 2 s");
        clock.addAndGet(TimeUnit.SECONDS.toNanos(2));
        assertEquals(0, buckets.take("a"));
        clock.addAndGet(TimeUnit.MINUTES.toNanos(10));
        for (int i = 0; i < 10; i++) {
            assertEquals(0, buckets.take("a"), "token " + i + " of a refilled bucket");
        }
        assertTrue(buckets.take("a") > 0, "a refilled bucket holds the burst, no more");
    }
}
