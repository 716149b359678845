package com.moodbot.bench;

import java.util.Arrays;
import java.util.Locale;

/** Wall-clock samples in nanoseconds and their percentiles. */
final class Latencies {

    private long[] samples;
    private int n;

    Latencies(int capacity) {
        samples = new long[capacity];
    }

    void add(long nanos) {
        if (n == samples.length) {
            samples = Arrays.copyOf(samples, Math.max(16, 2 * n));
        }
        samples[n++] = nanos;
    }

    double percentileMillis(double p) {
        long[] sorted = Arrays.copyOf(samples, n);
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * n) - 1;
        return sorted[Math.max(0, Math.min(n - 1, index))] / 1e6;
    }

    int count() {
        return n;
    }

    String summary() {
        return String.format(Locale.ROOT, "p50 %.2f ms  p99 %.2f ms  max %.2f ms  (n=%d)", percentileMillis(50),
                percentileMillis(99), percentileMillis(100), n);
    }
}
