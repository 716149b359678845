package com.moodbot.vision;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reuses objects that are not thread-safe (OpenCV detectors): a thread borrows one, or makes a new
 * one when none is free, and returns it afterwards.
 */
public final class Pool<T> {

    private final ConcurrentLinkedQueue<T> free = new ConcurrentLinkedQueue<>();
    private final Supplier<T> factory;

    public Pool(Supplier<T> factory) {
        this.factory = factory;
    }

    public <R> R with(Function<T, R> work) {
        T item = free.poll();
        if (item == null) {
            item = factory.get();
        }
        try {
            return work.apply(item);
        } finally {
            free.add(item);
        }
    }
}
