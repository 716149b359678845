package com.moodbot.evaluation;

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
        return fit(logits, labels, new double[logits.length == 0 ? 0 : logits[0].length]);
    }

    /** As {@link #fit(double[][], int[])} for softmax(logits / T + offsets), the offsets held fixed. */
    public static double fit(double[][] logits, int[] labels, double[] offsets) {
        double lo = Math.log(MIN_T);
        double hi = Math.log(MAX_T);
        double phi = (Math.sqrt(5) - 1) / 2;
        double a = hi - phi * (hi - lo);
        double b = lo + phi * (hi - lo);
        double fa = nll(logits, labels, Math.exp(a), offsets);
        double fb = nll(logits, labels, Math.exp(b), offsets);
        for (int i = 0; i < 80; i++) {
            if (fa <= fb) {
                hi = b;
                b = a;
                fb = fa;
                a = hi - phi * (hi - lo);
                fa = nll(logits, labels, Math.exp(a), offsets);
            } else {
                lo = a;
                a = b;
                fa = fb;
                b = lo + phi * (hi - lo);
                fb = nll(logits, labels, Math.exp(b), offsets);
            }
        }
        return Math.exp((lo + hi) / 2);
    }

    /** Mean negative log-likelihood of the labels under softmax(logits / t). */
    public static double nll(double[][] logits, int[] labels, double t) {
        return nll(logits, labels, t, new double[logits.length == 0 ? 0 : logits[0].length]);
    }

    /** Mean negative log-likelihood of the labels under softmax(logits / t + offsets). */
    public static double nll(double[][] logits, int[] labels, double t, double[] offsets) {
        double total = 0;
        for (int i = 0; i < logits.length; i++) {
            total += logSumExp(logits[i], t, offsets) - (logits[i][labels[i]] / t + offsets[labels[i]]);
        }
        return total / logits.length;
    }

    /** softmax(logits / t) per face. */
    public static float[][] probabilities(double[][] logits, double t) {
        return probabilities(logits, t, new double[logits.length == 0 ? 0 : logits[0].length]);
    }

    /** softmax(logits / t + offsets) per face. */
    public static float[][] probabilities(double[][] logits, double t, double[] offsets) {
        float[][] p = new float[logits.length][];
        for (int i = 0; i < logits.length; i++) {
            double lse = logSumExp(logits[i], t, offsets);
            p[i] = new float[logits[i].length];
            for (int k = 0; k < p[i].length; k++) {
                p[i][k] = (float) Math.exp(logits[i][k] / t + offsets[k] - lse);
            }
        }
        return p;
    }

    /** log(sum(exp(z / t + b))), computed without overflow. */
    private static double logSumExp(double[] z, double t, double[] b) {
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < z.length; k++) {
            max = Math.max(max, z[k] / t + b[k]);
        }
        double sum = 0;
        for (int k = 0; k < z.length; k++) {
            sum += Math.exp(z[k] / t + b[k] - max);
        }
        return max + Math.log(sum);
    }
}
