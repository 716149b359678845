package com.moodbot.training;

/**
 * Temperature scaling (Guo et al., 2017): one scalar T, fitted on held-out faces by minimising the
 * negative log-likelihood of softmax(logits / T). It changes how sure the model says it is, never
 * which class it picks.
 */
public final class TemperatureScaling {

    private static final double MIN_T = 0.05;
    private static final double MAX_T = 20;
    private static final float FLOOR = 1e-30f;

    private TemperatureScaling() {
    }

    /**
     * Logits up to a per-face constant (which softmax ignores) from probabilities produced at
     * temperature {@code t}: {@code t * log p}.
     */
    public static double[][] logitsOf(float[][] probabilities, double t) {
        double[][] z = new double[probabilities.length][];
        for (int i = 0; i < probabilities.length; i++) {
            z[i] = new double[probabilities[i].length];
            for (int k = 0; k < z[i].length; k++) {
                z[i][k] = t * Math.log(Math.max(FLOOR, probabilities[i][k]));
            }
        }
        return z;
    }

    /** The T in [0.05, 20] with the lowest mean negative log-likelihood (golden-section search on log T). */
    public static double fit(double[][] logits, int[] labels) {
        double lo = Math.log(MIN_T);
        double hi = Math.log(MAX_T);
        double phi = (Math.sqrt(5) - 1) / 2;
        double a = hi - phi * (hi - lo);
        double b = lo + phi * (hi - lo);
        double fa = nll(logits, labels, Math.exp(a));
        double fb = nll(logits, labels, Math.exp(b));
        for (int i = 0; i < 80; i++) {
            if (fa <= fb) {
                hi = b;
                b = a;
                fb = fa;
                a = hi - phi * (hi - lo);
                fa = nll(logits, labels, Math.exp(a));
            } else {
                lo = a;
                a = b;
                fa = fb;
                b = lo + phi * (hi - lo);
                fb = nll(logits, labels, Math.exp(b));
            }
        }
        return Math.exp((lo + hi) / 2);
    }

    /** Mean negative log-likelihood of the labels under softmax(logits / t). */
    public static double nll(double[][] logits, int[] labels, double t) {
        double total = 0;
        for (int i = 0; i < logits.length; i++) {
            total += logSumExp(logits[i], t) - logits[i][labels[i]] / t;
        }
        return total / logits.length;
    }

    /** softmax(logits / t) per face. */
    public static float[][] probabilities(double[][] logits, double t) {
        float[][] p = new float[logits.length][];
        for (int i = 0; i < logits.length; i++) {
            double lse = logSumExp(logits[i], t);
            p[i] = new float[logits[i].length];
            for (int k = 0; k < p[i].length; k++) {
                p[i][k] = (float) Math.exp(logits[i][k] / t - lse);
            }
        }
        return p;
    }

    /** log(sum(exp(z / t))), computed without overflow. */
    private static double logSumExp(double[] z, double t) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v / t);
        }
        double sum = 0;
        for (double v : z) {
            sum += Math.exp(v / t - max);
        }
        return max + Math.log(sum);
    }
}
