package com.moodbot.recommend.learning;

import java.util.random.RandomGenerator;

/** Belief about an item's tap-through: Beta(alpha, beta), alpha from taps, beta from shows not tapped. */
public record BetaPosterior(double alpha, double beta) {

    public BetaPosterior {
        if (!(alpha > 0 && beta > 0)) {
            throw new IllegalArgumentException("Beta(" + alpha + ", " + beta + ") needs both above 0");
        }
    }

    public double mean() {
        return alpha / (alpha + beta);
    }

    /** One draw: X / (X + Y) with X ~ Gamma(alpha), Y ~ Gamma(beta). */
    public double sample(RandomGenerator random) {
        double x = gamma(alpha, random);
        double y = gamma(beta, random);
        return x / (x + y);
    }

    /** The tap-through below which the belief puts probability {@code p} (bisection on the CDF). */
    public double quantile(double p) {
        double low = 0;
        double high = 1;
        for (int i = 0; i < 60; i++) {
            double mid = (low + high) / 2;
            if (IncompleteBeta.regularized(mid, alpha, beta) < p) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return (low + high) / 2;
    }

    /** Marsaglia and Tsang (2000); shapes under 1 through Gamma(shape + 1) * U^(1/shape). */
    static double gamma(double shape, RandomGenerator random) {
        if (shape < 1) {
            return gamma(shape + 1, random) * Math.pow(random.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = random.nextGaussian();
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = random.nextDouble();
            if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }
}
