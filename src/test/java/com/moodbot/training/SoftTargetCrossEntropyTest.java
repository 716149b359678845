package com.moodbot.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.loss.Loss;
import org.junit.jupiter.api.Test;

class SoftTargetCrossEntropyTest {

    private static final float[] LOGITS = {2f, 0f, -1f, 0.5f, 0f, 0f, 1f, -2f, 3f, 0f, 0f, 0f, 0f, 0f};
    private static final int[] LABELS = {0, 2};

    private static NDList targets(NDManager m, float[] targets, float[] weights) {
        return new NDList(m.create(targets).reshape(weights.length, 7), m.create(weights));
    }

    private static float[] oneHot(int... labels) {
        float[] t = new float[labels.length * 7];
        for (int i = 0; i < labels.length; i++) {
            t[i * 7 + labels[i]] = 1f;
        }
        return t;
    }

    @Test
    void oneHotTargetsWithUnitWeightsEqualPlainSoftmaxCrossEntropy() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDList logits = new NDList(m.create(LOGITS).reshape(2, 7));
            float ours = new SoftTargetCrossEntropy(0f).evaluate(targets(m, oneHot(LABELS), new float[] {1, 1}), logits)
                    .getFloat();
            float djl = Loss.softmaxCrossEntropyLoss().evaluate(new NDList(m.create(LABELS)), logits).getFloat();
            assertEquals(djl, ours, 1e-5);
        }
    }

    @Test
    void softTargetsAreTheExpectedLogLossAndWeightsAWeightedMean() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDList logits = new NDList(m.create(LOGITS).reshape(2, 7));
            float[] target = new float[14];
            target[0] = 0.5f;
            target[6] = 0.5f;
            target[7 + 2] = 1f;
            double[] perSample = new double[2];
            for (int i = 0; i < 2; i++) {
                double sum = 0;
                for (int k = 0; k < 7; k++) {
                    sum += Math.exp(LOGITS[i * 7 + k]);
                }
                for (int k = 0; k < 7; k++) {
                    perSample[i] += target[i * 7 + k] * (Math.log(sum) - LOGITS[i * 7 + k]);
                }
            }
            double expected = (3 * perSample[0] + perSample[1]) / 4;
            float actual = new SoftTargetCrossEntropy(0f).evaluate(targets(m, target, new float[] {3, 1}), logits)
                    .getFloat();
            assertEquals(expected, actual, 1e-5);
        }
    }

    @Test
    void smoothingMovesMassToEveryClass() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray uniformLogits = m.zeros(new Shape(1, 7));
            float loss = new SoftTargetCrossEntropy(0.3f)
                    .evaluate(targets(m, oneHot(4), new float[] {1}), new NDList(uniformLogits)).getFloat();
            assertEquals(Math.log(7), loss, 1e-5);
        }
    }

    @Test
    void balancedWeightsFavourRareClassesAndAverageOne() {
        int[] counts = {4000, 400, 4000, 7000, 5000, 3000, 5000};
        float[] w = SoftTargetCrossEntropy.balancedWeights(counts, 0.5);
        double mean = 0;
        int total = 0;
        for (int i = 0; i < counts.length; i++) {
            mean += counts[i] * w[i];
            total += counts[i];
        }
        assertEquals(1.0, mean / total, 1e-5);
        assertEquals(Math.sqrt(10), w[1] / w[0], 1e-4);
        assertArrayEquals(new float[] {1, 1, 1}, SoftTargetCrossEntropy.balancedWeights(new int[] {5, 50, 500}, 0), 1e-6f);
    }
}
