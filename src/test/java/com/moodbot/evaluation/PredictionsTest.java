package com.moodbot.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.moodbot.emotion.Emotion;
import org.junit.jupiter.api.Test;

class PredictionsTest {

    private static float[] sure(Emotion e) {
        float[] p = new float[Emotion.values().length];
        p[e.ordinal()] = 1;
        return p;
    }

    private final Predictions predictions = new Predictions(
            new float[][] {sure(Emotion.HAPPY), sure(Emotion.SAD), sure(Emotion.ANGRY), sure(Emotion.NEUTRAL)},
            new int[] {Emotion.HAPPY.ordinal(), Emotion.FEAR.ordinal(), Emotion.ANGRY.ordinal(), Emotion.SAD.ordinal()});

    @Test
    void confusionCountsEachFaceOnceAgainstItsOwnLabel() {
        assertEquals(4, predictions.confusion().total());
        assertEquals(0.5, predictions.confusion().accuracy(), 1e-12);
    }

    @Test
    void accuracyAgainstAnotherReferenceSkipsFacesWithoutOne() {
        int[] majority = {Emotion.HAPPY.ordinal(), Emotion.SAD.ordinal(), -1, Emotion.SAD.ordinal()};
        assertEquals(2 / 3.0, predictions.accuracyAgainst(majority), 1e-12);
    }

    @Test
    void accuracyAgainstNoReferenceAtAllIsZeroNotNaN() {
        assertEquals(0.0, predictions.accuracyAgainst(new int[] {-1, -1, -1, -1}));
    }
}
