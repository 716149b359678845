package com.moodbot.evaluation;

import com.moodbot.emotion.Emotion;
import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Counts of (true class, predicted class) pairs, with the usual scores derived from them. */
public final class ConfusionMatrix {

    private final int[][] counts = new int[Emotion.COUNT][Emotion.COUNT];

    public static ConfusionMatrix of(int[][] counts) {
        ConfusionMatrix m = new ConfusionMatrix();
        for (int t = 0; t < Emotion.COUNT; t++) {
            System.arraycopy(counts[t], 0, m.counts[t], 0, Emotion.COUNT);
        }
        return m;
    }

    public void add(Emotion actual, Emotion predicted) {
        counts[actual.ordinal()][predicted.ordinal()]++;
    }

    public int count(Emotion actual, Emotion predicted) {
        return counts[actual.ordinal()][predicted.ordinal()];
    }

    public int[][] counts() {
        int[][] copy = new int[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            copy[i] = counts[i].clone();
        }
        return copy;
    }

    public int total() {
        int n = 0;
        for (int[] row : counts) {
            for (int c : row) {
                n += c;
            }
        }
        return n;
    }

    public int correct() {
        int n = 0;
        for (int i = 0; i < counts.length; i++) {
            n += counts[i][i];
        }
        return n;
    }

    public double accuracy() {
        int total = total();
        return total == 0 ? 0 : correct() / (double) total;
    }

    public List<ClassScore> perClass() {
        List<ClassScore> scores = new ArrayList<>();
        for (Emotion e : Emotion.values()) {
            int i = e.ordinal();
            int tp = counts[i][i];
            int actual = 0;
            int predicted = 0;
            for (int j = 0; j < counts.length; j++) {
                actual += counts[i][j];
                predicted += counts[j][i];
            }
            double precision = predicted == 0 ? 0 : tp / (double) predicted;
            double recall = actual == 0 ? 0 : tp / (double) actual;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            scores.add(new ClassScore(e.label(), precision, recall, f1, actual));
        }
        return scores;
    }

    /** Rows are true classes, columns predicted classes. */
    public String toText() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-10s", "true\\pred"));
        for (Emotion e : Emotion.values()) {
            sb.append(String.format(Locale.ROOT, "%9s", e.label()));
        }
        sb.append('\n');
        for (Emotion a : Emotion.values()) {
            sb.append(String.format(Locale.ROOT, "%-10s", a.label()));
            for (Emotion p : Emotion.values()) {
                sb.append(String.format(Locale.ROOT, "%9d", count(a, p)));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    @Serdeable
    public record ClassScore(String emotion, double precision, double recall, double f1, int support) {
    }
}
