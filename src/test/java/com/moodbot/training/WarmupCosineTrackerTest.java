package com.moodbot.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WarmupCosineTrackerTest {

    @Test
    void warmsUpLinearlyThenDecaysToFloor() {
        WarmupCosineTracker lr = new WarmupCosineTracker(0.1f, 0.001f, 10, 110, 0);
        assertEquals(0.01f, lr.getNewValue(0), 1e-7);
        assertEquals(0.1f, lr.getNewValue(9), 1e-7);
        assertEquals(0.1f, lr.getNewValue(10), 1e-7);
        assertEquals((0.1f + 0.001f) / 2, lr.getNewValue(60), 1e-6);
        assertEquals(0.001f, lr.getNewValue(110), 1e-7);
        assertEquals(0.001f, lr.getNewValue(500), 1e-7);
    }

    @Test
    void offsetContinuesTheScheduleAfterResume() {
        WarmupCosineTracker fresh = new WarmupCosineTracker(0.1f, 0.001f, 10, 110, 0);
        WarmupCosineTracker resumed = new WarmupCosineTracker(0.1f, 0.001f, 10, 110, 40);
        assertEquals(fresh.getNewValue(55), resumed.getNewValue(15), 1e-9);
    }
}
