package com.moodbot.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.loss.Loss;
import org.junit.jupiter.api.Test;

class WeightedCrossEntropyTest {

    private static final float[] LOGITS = {2f, 0f, -1f, 0.5f, 0f, 0f, 1f, -2f, 3f, 0f, 0f, 0f, 0f, 0f};
    private static final int[] LABELS = {0, 2};

    @Test
    void equalsPlainSoftmaxCrossEntropyWithUnitWeightsAndNoSmoothing() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDList logits = new NDList(m.create(LOGITS).reshape(2, 7));
            NDList labels = new NDList(m.create(LABELS));
            float ours = new WeightedCrossEntropy(new float[] {1, 1, 1, 1, 1, 1, 1}, 0f).evaluate(labels, logits).getFloat();
            float djl = Loss.softmaxCrossEntropyLoss().evaluate(labels, logits).getFloat();
            assertEquals(djl, ours, 1e-5);
        }
    }

    @Test
    void weightsAreAWeightedMean() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDList logits = new NDList(m.create(LOGITS).reshape(2, 7));
            float[] perSample = new float[2];
            for (int i = 0; i < 2; i++) {
                double sum = 0;
                for (int k = 0; k < 7; k++) {
                    sum += Math.exp(LOGITS[i * 7 + k]);
                }
                perSample[i] = (float) (Math.log(sum) - LOGITS[i * 7 + LABELS[i]]);
            }
            float[] w = {3, 1, 1, 1, 1, 1, 1};
            float expected = (3 * perSample[0] + perSample[1]) / 4;
            float actual = new WeightedCrossEntropy(w, 0f).evaluate(new NDList(m.create(LABELS)), logits).getFloat();
            assertEquals(expected, actual, 1e-5);
        }
    }

    @Test
    void balancedWeightsFavourRareClassesAndAverageOne() {
        int[] counts = {4000, 400, 4000, 7000, 5000, 3000, 5000};
        float[] w = WeightedCrossEntropy.balancedWeights(counts, 0.5);
        double mean = 0;
        int total = 0;
        for (int i = 0; i < counts.length; i++) {
            mean += counts[i] * w[i];
            total += counts[i];
        }
        assertEquals(1.0, mean / total, 1e-5);
        assertEquals(Math.sqrt(10), w[1] / w[0], 1e-4);
        assertArrayEquals(new float[] {1, 1, 1}, WeightedCrossEntropy.balancedWeights(new int[] {5, 50, 500}, 0), 1e-6f);
    }
}
