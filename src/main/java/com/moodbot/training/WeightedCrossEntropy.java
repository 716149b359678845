package com.moodbot.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;

/**
 * Softmax cross-entropy with per-class weights (for FER2013's imbalance: 436 disgust vs 7,215 happy
 * training faces) and label smoothing. Returns the weighted mean over the batch.
 */
public final class WeightedCrossEntropy extends Loss {

    private final float[] classWeights;
    private final float smoothing;

    public WeightedCrossEntropy(float[] classWeights, float smoothing) {
        super("weighted_ce");
        this.classWeights = classWeights.clone();
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
        NDArray oneHot = labels.singletonOrThrow().oneHot(classes).toType(logits.getDataType(), false);
        NDArray target = oneHot.mul(1f - smoothing).add(smoothing / classes);
        NDArray perSample = target.mul(logits.logSoftmax(1)).sum(new int[] {1}).neg();
        NDArray weights = oneHot.mul(logits.getManager().create(classWeights).reshape(1, classes)).sum(new int[] {1});
        return perSample.mul(weights).sum().div(weights.sum());
    }
}
