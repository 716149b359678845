package com.moodbot.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TemperatureScalingTest {

    /** Labels drawn from softmax(z / trueT): the fit must find trueT again. */
    private static int[] sample(double[][] z, double trueT, Random r) {
        float[][] p = TemperatureScaling.probabilities(z, trueT);
        int[] labels = new int[z.length];
        for (int i = 0; i < z.length; i++) {
            double u = r.nextDouble();
            int k = 0;
            for (double acc = p[i][0]; acc < u && k < p[i].length - 1; acc += p[i][++k]) {
                // walk the cumulative distribution
            }
            labels[i] = k;
        }
        return labels;
    }

    private static double[][] logits(int n, double scale, Random r) {
        double[][] z = new double[n][7];
        for (double[] row : z) {
            for (int k = 0; k < 7; k++) {
                row[k] = r.nextGaussian() * scale;
            }
        }
        return z;
    }

    @Test
    void recoversTheTemperatureThatGeneratedTheLabels() {
        Random r = new Random(3);
        for (double trueT : new double[] {0.7, 1.0, 2.5}) {
            double[][] z = logits(20_000, 3, r);
            int[] labels = sample(z, trueT, r);
            double fitted = TemperatureScaling.fit(z, labels);
            assertEquals(trueT, fitted, trueT * 0.08, "true T " + trueT);
            assertTrue(TemperatureScaling.nll(z, labels, fitted) <= TemperatureScaling.nll(z, labels, 1.0) + 1e-9);
        }
    }

    @Test
    void logitsFromProbabilitiesGiveBackTheSameSoftmax() {
        double[][] z = logits(50, 2, new Random(5));
        float[][] p = TemperatureScaling.probabilities(z, 1.3);
        float[][] again = TemperatureScaling.probabilities(TemperatureScaling.logitsOf(p, 1.3), 1.3);
        for (int i = 0; i < p.length; i++) {
            assertArrayEquals(p[i], again[i], 1e-5f);
        }
    }

    @Test
    void aTooConfidentModelGetsATemperatureAboveOneAndALowerCalibrationError() {
        Random r = new Random(9);
        double[][] z = logits(10_000, 2, r);
        int[] labels = sample(z, 1.0, r);
        double[][] overconfident = new double[z.length][];
        for (int i = 0; i < z.length; i++) {
            overconfident[i] = z[i].clone();
            for (int k = 0; k < 7; k++) {
                overconfident[i][k] *= 3;
            }
        }
        double t = TemperatureScaling.fit(overconfident, labels);
        assertEquals(3.0, t, 0.3);
        double before = Reliability.of(TemperatureScaling.probabilities(overconfident, 1), labels).expectedCalibrationError();
        double after = Reliability.of(TemperatureScaling.probabilities(overconfident, t), labels).expectedCalibrationError();
        assertTrue(before > 0.1, "before " + before);
        assertTrue(after < 0.03, "after " + after);
    }
}
