package com.moodbot.analysis;

import com.moodbot.emotion.Emotion;
import com.moodbot.vision.FaceBox;

/** One face and what the model reads on it; probabilities are in FER2013 label order. */
public record FacePrediction(FaceBox box, Emotion emotion, float confidence, float[] probabilities) {

    public float probability(Emotion e) {
        return probabilities[e.ordinal()];
    }
}
