package com.moodbot.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.moodbot.emotion.TestTimeViews;
import com.moodbot.emotion.Emotion;
import com.moodbot.emotion.FaceScorer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import com.moodbot.data.LabeledFace;

class EvaluatorTest {

    /** A scorer that "predicts" the class written in each face's first pixel. */
    private static final FaceScorer FIRST_PIXEL = (faces, views) -> faces.stream().map(f -> {
        float[] p = new float[Emotion.COUNT];
        p[f[0]] = 1f;
        return p;
    }).toArray(float[][]::new);

    private static LabeledFace face(Emotion truth, Emotion predicted) {
        byte[] pixels = new byte[LabeledFace.PIXELS];
        pixels[0] = (byte) predicted.ordinal();
        return new LabeledFace(pixels, truth, truth + "->" + predicted);
    }

    @Test
    void confusionMatrixIsExact() {
        List<LabeledFace> faces = new ArrayList<>();
        faces.add(face(Emotion.HAPPY, Emotion.HAPPY));
        faces.add(face(Emotion.HAPPY, Emotion.HAPPY));
        faces.add(face(Emotion.HAPPY, Emotion.SURPRISE));
        faces.add(face(Emotion.SAD, Emotion.NEUTRAL));
        faces.add(face(Emotion.SAD, Emotion.SAD));
        faces.add(face(Emotion.ANGRY, Emotion.DISGUST));
        for (int i = 0; i < 200; i++) {
            faces.add(face(Emotion.NEUTRAL, Emotion.NEUTRAL));
        }
        int[] progress = {0};
        ConfusionMatrix m = Evaluator.evaluate(FIRST_PIXEL, faces, TestTimeViews.CENTRE, n -> progress[0] += n);

        int[][] expected = new int[7][7];
        expected[Emotion.HAPPY.ordinal()][Emotion.HAPPY.ordinal()] = 2;
        expected[Emotion.HAPPY.ordinal()][Emotion.SURPRISE.ordinal()] = 1;
        expected[Emotion.SAD.ordinal()][Emotion.NEUTRAL.ordinal()] = 1;
        expected[Emotion.SAD.ordinal()][Emotion.SAD.ordinal()] = 1;
        expected[Emotion.ANGRY.ordinal()][Emotion.DISGUST.ordinal()] = 1;
        expected[Emotion.NEUTRAL.ordinal()][Emotion.NEUTRAL.ordinal()] = 200;
        for (int i = 0; i < 7; i++) {
            assertArrayEquals(expected[i], m.counts()[i], "row " + Emotion.ofIndex(i));
        }
        assertEquals(206, progress[0]);
        assertEquals(203.0 / 206, m.accuracy(), 1e-12);

        ConfusionMatrix.ClassScore happy = m.perClass().get(Emotion.HAPPY.ordinal());
        assertEquals(1.0, happy.precision(), 1e-12);
        assertEquals(2.0 / 3, happy.recall(), 1e-12);
        assertEquals(0.8, happy.f1(), 1e-12);
        ConfusionMatrix.ClassScore neutral = m.perClass().get(Emotion.NEUTRAL.ordinal());
        assertEquals(200.0 / 201, neutral.precision(), 1e-12);
        assertEquals(1.0, neutral.recall(), 1e-12);
        assertEquals(0.0, m.perClass().get(Emotion.ANGRY.ordinal()).recall());
        assertEquals(0.0, m.perClass().get(Emotion.FEAR.ordinal()).f1());
    }

    @Test
    void textMatrixListsTrueClassesByRow() {
        ConfusionMatrix m = new ConfusionMatrix();
        m.add(Emotion.FEAR, Emotion.SURPRISE);
        String[] lines = m.toText().split("\n");
        assertEquals(8, lines.length);
        assertEquals("fear              0        0        0        0        0        1        0", lines[3]);
    }
}
