package com.moodbot.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReliabilityTest {

    @Test
    void expectedCalibrationErrorIsTheFaceWeightedGapPerBin() {
        float[] sure = {0.9f, 0.02f, 0.02f, 0.02f, 0.02f, 0.01f, 0.01f};
        float[] unsure = {0.2f, 0.4f, 0.1f, 0.1f, 0.1f, 0.05f, 0.05f};
        // Four faces at 0.9 confidence, three right; two at 0.4, one right.
        float[][] p = {sure, sure, sure, sure, unsure, unsure};
        int[] labels = {0, 0, 0, 3, 1, 2};
        Reliability r = Reliability.of(p, labels);
        double expected = (4 * Math.abs(0.75 - 0.9) + 2 * Math.abs(0.5 - 0.4)) / 6;
        assertEquals(expected, r.expectedCalibrationError(), 1e-6);
        Reliability.Bin high = r.bins().get((int) (0.9 * Reliability.BINS));
        assertEquals(4, high.faces());
        assertEquals(0.75, high.accuracy(), 1e-9);
        assertEquals(Reliability.BINS, r.bins().size());
        assertEquals(6, r.bins().stream().mapToInt(Reliability.Bin::faces).sum());
    }

    @Test
    void noFacesMeansNoError() {
        assertEquals(0, Reliability.of(new float[0][], new int[0]).expectedCalibrationError());
    }
}
