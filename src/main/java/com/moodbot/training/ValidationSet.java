package com.moodbot.training;

import java.util.List;
import com.moodbot.data.LabeledFace;

/** Faces a run is scored on after every epoch, under a name that appears in logs and metrics. */
public record ValidationSet(String name, List<LabeledFace> faces) {

    public ValidationSet {
        if (faces.isEmpty()) {
            throw new IllegalArgumentException("validation set " + name + " is empty");
        }
    }
}
