package com.moodbot.analysis;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.concurrent.Semaphore;

/**
 * How many photos may be fetched and analysed at once. Many workers may be waiting on the Send API,
 * but each photo in hand can hold up to the byte cap plus a decoded image and wants the CPU, so
 * only a few at a time: memory stays bounded whatever the load. 0 means twice the cores, at least 4.
 */
@Singleton
public class PhotoSlots {

    /** Work done while holding a slot. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }

    private final Semaphore slots;
    private final int size;

    @Inject
    public PhotoSlots(PhotoSlotsConfig config) {
        this(config.size());
    }

    /** Exactly {@code size} slots. */
    public PhotoSlots(int size) {
        this.size = size;
        this.slots = new Semaphore(size, true);
    }

    public <T, E extends Exception> T run(Work<T, E> work) throws E {
        slots.acquireUninterruptibly();
        try {
            return work.run();
        } finally {
            slots.release();
        }
    }

    public int size() {
        return size;
    }
}
