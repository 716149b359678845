package com.moodbot.evaluation;

import com.moodbot.emotion.Calibration;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Fits a model's {@link Calibration} offsets (see {@link ClassOffsetSearch}) on raw logits of the
 * fitting split, of the same faces against the FER+ majority (-1 where there is none), and of
 * labelled photos, then refits the temperature under them without changing a single decision.
 */
public record ClassOffsetFit(String splitName, double[][] logits, int[] labels, int[] ferPlusLabels,
                             double minRecall, double[][] photoLogits, int[] photoLabels, double photoMinRecall,
                             double maxShare) {

    /** Offsets at temperature {@code t}, then the temperature refitted under them; prints before and after. */
    public Calibration fit(double t, PrintStream out) {
        List<ClassOffsetSearch.Goal> goals = goals(t, photoLogits, photoLabels);
        double[] b = ClassOffsetSearch.fit(goals);
        // Same decisions as logits / t + b, i.e. argmax(logits + t b); only the sharpness is refitted.
        double refitted = TemperatureScaling.fit(shift(logits, b, t), labels);
        double[] offsets = new double[b.length];
        for (int k = 0; k < b.length; k++) {
            offsets[k] = b[k] * t / refitted;
        }
        Calibration c = new Calibration(refitted, offsets);
        out.printf(Locale.ROOT, "class offsets %s%n", Arrays.toString(round(offsets)));
        for (ClassOffsetSearch.Goal g : goals) {
            ClassOffsetSearch.Score s0 = ClassOffsetSearch.score(g, new double[b.length]);
            ClassOffsetSearch.Score s1 = ClassOffsetSearch.score(g, b);
            out.printf(Locale.ROOT, "%-12s accuracy %.2f%% -> %.2f%%, lowest recall %.3f -> %.3f, "
                            + "largest share %.3f -> %.3f%n", g.name(), s0.accuracy() * 100, s1.accuracy() * 100,
                    s0.lowestRecall(), s1.lowestRecall(), s0.largestShare(), s1.largestShare());
        }
        if (photoLabels.length >= 2) {
            heldOutCheck(t, out);
        }
        return c;
    }

    /** Two-fold check on the photos: offsets fitted with one half, scored on the other. */
    private void heldOutCheck(double t, PrintStream out) {
        for (int fold = 0; fold < 2; fold++) {
            List<Integer> fitIdx = new ArrayList<>();
            List<Integer> testIdx = new ArrayList<>();
            for (int i = 0; i < photoLabels.length; i++) {
                (i % 2 == fold ? fitIdx : testIdx).add(i);
            }
            double[] b = ClassOffsetSearch.fit(goals(t, pick(photoLogits, fitIdx), pick(photoLabels, fitIdx)));
            ClassOffsetSearch.Goal heldOut = photoGoal(t, pick(photoLogits, testIdx), pick(photoLabels, testIdx));
            ClassOffsetSearch.Score s0 = ClassOffsetSearch.score(heldOut, new double[b.length]);
            ClassOffsetSearch.Score s1 = ClassOffsetSearch.score(heldOut, b);
            out.printf(Locale.ROOT, "photo half %d held out (%d faces): accuracy %.2f%% -> %.2f%%, lowest recall "
                            + "%.3f -> %.3f, largest share %.3f -> %.3f%n", fold + 1, testIdx.size(),
                    s0.accuracy() * 100, s1.accuracy() * 100, s0.lowestRecall(), s1.lowestRecall(),
                    s0.largestShare(), s1.largestShare());
        }
    }

    private List<ClassOffsetSearch.Goal> goals(double t, double[][] pLogits, int[] pLabels) {
        List<ClassOffsetSearch.Goal> goals = new ArrayList<>();
        goals.add(new ClassOffsetSearch.Goal(splitName, divide(logits, t), labels, minRecall, maxShare));
        List<Integer> voted = new ArrayList<>();
        for (int i = 0; i < ferPlusLabels.length; i++) {
            if (ferPlusLabels[i] >= 0) {
                voted.add(i);
            }
        }
        if (!voted.isEmpty()) {
            // Agreement with the ten annotators only: their majority has its own class balance, so no floors.
            goals.add(new ClassOffsetSearch.Goal(splitName + " FER+", divide(pick(logits, voted), t),
                    pick(ferPlusLabels, voted), 0, 1));
        }
        if (pLabels.length > 0) {
            goals.add(photoGoal(t, pLogits, pLabels));
        }
        return goals;
    }

    private ClassOffsetSearch.Goal photoGoal(double t, double[][] pLogits, int[] pLabels) {
        return new ClassOffsetSearch.Goal("photos", divide(pLogits, t), pLabels, photoMinRecall, maxShare);
    }

    private static double[][] divide(double[][] z, double t) {
        double[][] out = new double[z.length][];
        for (int i = 0; i < z.length; i++) {
            out[i] = new double[z[i].length];
            for (int k = 0; k < z[i].length; k++) {
                out[i][k] = z[i][k] / t;
            }
        }
        return out;
    }

    private static double[][] shift(double[][] z, double[] b, double t) {
        double[][] out = new double[z.length][];
        for (int i = 0; i < z.length; i++) {
            out[i] = new double[z[i].length];
            for (int k = 0; k < z[i].length; k++) {
                out[i][k] = z[i][k] + b[k] * t;
            }
        }
        return out;
    }

    private static double[] round(double[] b) {
        double[] r = new double[b.length];
        for (int k = 0; k < b.length; k++) {
            r[k] = Math.round(b[k] * 1000) / 1000.0;
        }
        return r;
    }

    private static double[][] pick(double[][] rows, List<Integer> idx) {
        return idx.stream().map(i -> rows[i]).toArray(double[][]::new);
    }

    private static int[] pick(int[] rows, List<Integer> idx) {
        return idx.stream().mapToInt(i -> rows[i]).toArray();
    }
}
