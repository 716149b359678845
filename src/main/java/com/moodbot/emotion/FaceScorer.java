package com.moodbot.emotion;

import java.util.List;

/** Anything that gives one probability vector (FER2013 label order) per FER-normalised 48x48 face. */
@FunctionalInterface
public interface FaceScorer {
    float[][] probabilities(List<byte[]> faces, TestTimeViews views);
}
