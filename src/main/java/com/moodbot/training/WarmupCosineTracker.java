package com.moodbot.training;

import ai.djl.training.tracker.Tracker;

/**
 * Learning rate: linear warm-up to {@code peak}, then cosine decay to {@code floor} at
 * {@code totalSteps}. {@code offset} is the number of steps already taken before a resume (the
 * optimizer's own update counter restarts at zero).
 */
public record WarmupCosineTracker(float peak, float floor, int warmupSteps, int totalSteps, int offset)
        implements Tracker {

    @Override
    public float getNewValue(int numUpdate) {
        int step = offset + numUpdate;
        if (step < warmupSteps) {
            return peak * (step + 1) / warmupSteps;
        }
        double progress = Math.min(1.0, (step - warmupSteps) / (double) Math.max(1, totalSteps - warmupSteps));
        return (float) (floor + (peak - floor) * 0.5 * (1 + Math.cos(Math.PI * progress)));
    }
}
