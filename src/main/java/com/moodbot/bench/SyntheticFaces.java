package com.moodbot.bench;

import com.moodbot.emotion.Emotion;
import com.moodbot.data.LabeledFace;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded random 48x48 faces, for timing the model and for tests that exercise code rather than skill. */
public final class SyntheticFaces {

    private SyntheticFaces() {
    }

    public static List<byte[]> pixels(int n, long seed) {
        Random random = new Random(seed);
        List<byte[]> faces = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            byte[] face = new byte[LabeledFace.PIXELS];
            random.nextBytes(face);
            faces.add(face);
        }
        return faces;
    }

    /** Random faces labelled round-robin through the emotions, sources {@code synthetic:i}. */
    public static List<LabeledFace> labelled(int n, long seed) {
        List<byte[]> pixels = pixels(n, seed);
        List<LabeledFace> faces = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            faces.add(new LabeledFace(pixels.get(i), Emotion.ofIndex(i % Emotion.COUNT), "synthetic:" + i));
        }
        return faces;
    }
}
