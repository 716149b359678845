package com.moodbot.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.emotion.Emotion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CalibrationSliceTest {

    private static List<PhotoLabels.Entry> entries(int perClass) {
        List<PhotoLabels.Entry> list = new ArrayList<>();
        for (Emotion e : Emotion.values()) {
            for (int i = 0; i < perClass; i++) {
                list.add(new PhotoLabels.Entry(Path.of("photos", e.label() + "_" + i + ".jpg"), e, list.size() + 2));
            }
        }
        return list;
    }

    @Test
    void takesTheShareOfEveryClassAndLeavesTheRestForTraining() {
        List<PhotoLabels.Entry> all = entries(50);
        CalibrationSlice.Carved carved = CalibrationSlice.carve(all, 0.2, 1);
        assertEquals(70, carved.slice().size());
        assertEquals(280, carved.training().size());
        for (Emotion e : Emotion.values()) {
            assertEquals(10, carved.slice().stream().filter(x -> x.label() == e).count(), e.label());
        }
        Set<PhotoLabels.Entry> both = new HashSet<>(carved.slice());
        both.retainAll(carved.training());
        assertTrue(both.isEmpty(), "no photo is in both");
    }

    @Test
    void theSliceDependsOnTheSeedAndTheFileNamesNotOnTheirOrder() {
        List<PhotoLabels.Entry> all = entries(30);
        List<PhotoLabels.Entry> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, new java.util.Random(5));
        assertEquals(Set.copyOf(CalibrationSlice.carve(all, 0.2, 1).slice()),
                Set.copyOf(CalibrationSlice.carve(shuffled, 0.2, 1).slice()));
        assertNotEquals(Set.copyOf(CalibrationSlice.carve(all, 0.2, 1).slice()),
                Set.copyOf(CalibrationSlice.carve(all, 0.2, 2).slice()));
        assertTrue(CalibrationSlice.carve(all, 0, 1).slice().isEmpty());
    }
}
