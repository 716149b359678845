package com.moodbot.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.emotion.Emotion;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ClassOffsetSearchTest {

    /** Faces whose true class's logit is raised by {@code signal}, with class {@code starved} pushed down. */
    private static ClassOffsetSearch.Goal goal(int n, long seed, int starved, double minRecall, double maxShare) {
        Random random = new Random(seed);
        double[][] logits = new double[n][Emotion.COUNT];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % Emotion.COUNT;
            for (int k = 0; k < Emotion.COUNT; k++) {
                logits[i][k] = random.nextGaussian() + (k == labels[i] ? 1.5 : 0) + (k == starved ? -1.5 : 0);
            }
        }
        return new ClassOffsetSearch.Goal("synthetic", logits, labels, minRecall, maxShare);
    }

    @Test
    void aStarvedClassGetsItsRecallBackAndNothingTakesTooLargeAShare() {
        ClassOffsetSearch.Goal g = goal(2800, 1, Emotion.FEAR.ordinal(), 0.45, 0.30);
        double[] zero = new double[Emotion.COUNT];
        ClassOffsetSearch.Score before = ClassOffsetSearch.score(g, zero);
        assertTrue(before.lowestRecall() < 0.2, "the starved class starts low: " + before);

        double[] b = ClassOffsetSearch.fit(List.of(g));
        ClassOffsetSearch.Score after = ClassOffsetSearch.score(g, b);
        assertTrue(after.lowestRecall() >= 0.45, after.toString());
        assertTrue(after.largestShare() <= 0.30, after.toString());
        assertTrue(after.accuracy() > before.accuracy(), before + " -> " + after);
        assertEquals(0, Arrays.stream(b).sum(), 1e-9);
        assertTrue(b[Emotion.FEAR.ordinal()] > 1, Arrays.toString(b));
    }

    @Test
    void theSearchNeverScoresBelowNoOffsetsOnWhatItIsFittedOn() {
        List<ClassOffsetSearch.Goal> goals = List.of(goal(700, 2, Emotion.DISGUST.ordinal(), 0.45, 0.3),
                goal(700, 3, -1, 0.2, 0.3));
        double[] b = ClassOffsetSearch.fit(goals);
        assertTrue(ClassOffsetSearch.objective(goals, b) >= ClassOffsetSearch.objective(goals, new double[Emotion.COUNT]));
    }

    @Test
    void unreachableFloorsAreChasedOnlyAsFarAsTheyPay() {
        ClassOffsetSearch.Goal g = goal(1400, 4, -1, 1.0, 1.0);
        double[] b = ClassOffsetSearch.fit(List.of(g));
        assertTrue(Arrays.stream(b).allMatch(v -> Math.abs(v) <= 2), Arrays.toString(b));
        assertTrue(ClassOffsetSearch.score(g, b).accuracy() > 1.0 / Emotion.COUNT);
    }
}
