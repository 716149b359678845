package com.moodbot.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PhotoDegradationTest {

    private static float[] face(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] f = new float[LabeledFace.PIXELS];
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 48; x++) {
                f[y * 48 + x] = (float) Math.min(255, Math.max(0, 60 + 3 * x + r.nextDouble(20)));
            }
        }
        return f;
    }

    private static double mean(float[] a) {
        double s = 0;
        for (float v : a) {
            s += v;
        }
        return s / a.length;
    }

    @Test
    void equalisedFacesSpanTheFullRangeAsServingCropsDo() {
        float[] eq = PhotoDegradation.equalise(face(1));
        float min = 255;
        float max = 0;
        for (float v : eq) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        assertEquals(0, min);
        assertEquals(255, max);
        assertEquals(127.5, mean(eq), 6);
    }

    @Test
    void blurAndResamplingKeepBrightnessButLoseDetail() {
        float[] f = face(2);
        for (float[] soft : new float[][] {PhotoDegradation.blur(f, 1.0), PhotoDegradation.resample(f, 20)}) {
            assertEquals(mean(f), mean(soft), 2.0);
            assertTrue(roughness(soft) < roughness(f) * 0.7, "detail " + roughness(soft) + " vs " + roughness(f));
        }
    }

    @Test
    void sameSeedSameFace() {
        float[] a = new PhotoDegradation(new SplittableRandom(5)).apply(face(3));
        float[] b = new PhotoDegradation(new SplittableRandom(5)).apply(face(3));
        assertArrayEquals(a, b, 0f);
        int changed = 0;
        PhotoDegradation d = new PhotoDegradation(new SplittableRandom(6));
        float[] original = face(3);
        for (int i = 0; i < 200; i++) {
            if (d.apply(original) != original) {
                changed++;
            }
        }
        assertTrue(changed > 80 && changed < 180, "degraded " + changed + " of 200");
    }

    private static double roughness(float[] a) {
        double s = 0;
        for (int i = 1; i < a.length; i++) {
            s += Math.abs(a[i] - a[i - 1]);
        }
        return s / a.length;
    }
}
