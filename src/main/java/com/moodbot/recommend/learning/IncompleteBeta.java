package com.moodbot.recommend.learning;

/** The regularized incomplete beta function I_x(a, b), the Beta distribution's CDF (Numerical Recipes 6.4). */
final class IncompleteBeta {

    private IncompleteBeta() {
    }

    static double regularized(double x, double a, double b) {
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        double front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
        return x < (a + 1) / (a + b + 2) ? front * fraction(x, a, b) / a : 1 - front * fraction(1 - x, b, a) / b;
    }

    /** Lentz's evaluation of the continued fraction. */
    private static double fraction(double x, double a, double b) {
        double tiny = 1e-300;
        double c = 1;
        double d = 1 - (a + b) * x / (a + 1);
        d = 1 / (Math.abs(d) < tiny ? tiny : d);
        double h = d;
        for (int m = 1; m <= 300; m++) {
            for (int step = 0; step < 2; step++) {
                double n = step == 0 ? m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
                        : -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1));
                d = 1 + n * d;
                d = 1 / (Math.abs(d) < tiny ? tiny : d);
                c = 1 + n / c;
                c = Math.abs(c) < tiny ? tiny : c;
                h *= d * c;
                if (step == 1 && Math.abs(d * c - 1) < 1e-12) {
                    return h;
                }
            }
        }
        return h;
    }

    /** Lanczos' approximation (g = 7, 9 terms), accurate to about 15 digits for x > 0. */
    static double logGamma(double x) {
        double[] k = {0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
            -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7};
        if (x < 0.5) {
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
        }
        x -= 1;
        double sum = k[0];
        for (int i = 1; i < 9; i++) {
            sum += k[i] / (x + i);
        }
        double t = x + 7.5;
        return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(sum);
    }
}
