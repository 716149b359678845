package com.moodbot.emotion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class MeanScorerTest {

    private static FaceScorer constant(float... p) {
        return (faces, views) -> faces.stream().map(f -> p.clone()).toArray(float[][]::new);
    }

    @Test
    void eachFaceGetsTheMeanOfTheMembersProbabilities() {
        MeanScorer mean = new MeanScorer(List.of(constant(1, 0, 0, 0, 0, 0, 0), constant(0, 0.5f, 0.5f, 0, 0, 0, 0),
                constant(0, 0, 0.5f, 0, 0, 0, 0.5f)));
        float[][] p = mean.probabilities(List.of(new byte[0], new byte[0]), TestTimeViews.CENTRE);
        float third = 1f / 3;
        for (float[] face : p) {
            assertArrayEquals(new float[] {third, third / 2, third, 0, 0, 0, third / 2}, face, 1e-6f);
        }
    }

    @Test
    void needsAMember() {
        assertThrows(IllegalArgumentException.class, () -> new MeanScorer(List.of()));
    }
}
