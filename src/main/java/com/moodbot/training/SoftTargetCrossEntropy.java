package com.moodbot.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;

/**
 * Softmax cross-entropy against a target distribution per face (one-hot labels or FER+ votes), with
 * label smoothing and a weight per face (for FER2013's imbalance: 436 disgust vs 7,215 happy
 * training faces). Labels are {@code [targets (n x classes), weights (n)]}; returns the weighted
 * mean over the batch.
 */
public final class SoftTargetCrossEntropy extends Loss {

    private final float smoothing;

    public SoftTargetCrossEntropy(float smoothing) {
        super("soft_target_ce");
        this.smoothing = smoothing;
    }

    /** Weights proportional to {@code count^-power}, scaled so the average training face weighs 1. */
    public static float[] balancedWeights(int[] counts, double power) {
        double total = 0;
        double weighted = 0;
        float[] w = new float[counts.length];
        for (int i = 0; i < counts.length; i++) {
            w[i] = (float) Math.pow(Math.max(1, counts[i]), -power);
            total += counts[i];
            weighted += counts[i] * w[i];
        }
        float scale = (float) (total / weighted);
        for (int i = 0; i < w.length; i++) {
            w[i] *= scale;
        }
        return w;
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDArray logits = predictions.singletonOrThrow();
        int classes = (int) logits.getShape().get(1);
        NDArray target = labels.get(0).mul(1f - smoothing).add(smoothing / classes);
        NDArray weights = labels.get(1);
        NDArray perSample = target.mul(logits.logSoftmax(1)).sum(new int[] {1}).neg();
        return perSample.mul(weights).sum().div(weights.sum());
    }
}
