package com.moodbot.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

class PhotoSlotsTest {

    @Test
    void neverMorePhotosAtOnceThanSlots() throws InterruptedException {
        PhotoSlots slots = new PhotoSlots(2);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 40; i++) {
            pool.execute(() -> slots.run(() -> {
                most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                LockSupport.parkNanos(2_000_000);
                return inside.decrementAndGet();
            }));
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        assertEquals(2, most.get());
    }

    @Test
    void aFailingPhotoGivesItsSlotBack() {
        PhotoSlots slots = new PhotoSlots(1);
        assertThrows(IOException.class, () -> slots.run(() -> {
            throw new IOException("truncated");
        }));
        assertEquals("ok", slots.run(() -> "ok"));
    }

    @Test
    void defaultsToTwiceTheCoresAndAtLeastFour() {
        assertEquals(Math.max(4, 2 * Runtime.getRuntime().availableProcessors()), new PhotoSlotsConfig(0).size());
        assertEquals(3, new PhotoSlots(new PhotoSlotsConfig(3)).size());
    }
}
