package com.moodbot.web;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicLong;

/** Without Redis: this instance's own generation (each instance is signed out of on its own). */
@Singleton
@Requires(missingProperty = "redis.uri")
public class MemorySessionGenerations implements SessionGenerations {

    private final AtomicLong generation = new AtomicLong();

    @Override
    public long current() {
        return generation.get();
    }

    @Override
    public long forNewSession() {
        return generation.get();
    }

    @Override
    public void advance() {
        generation.incrementAndGet();
    }
}
