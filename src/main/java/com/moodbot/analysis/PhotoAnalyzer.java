package com.moodbot.analysis;

import com.moodbot.emotion.Emotion;
import com.moodbot.emotion.EmotionClassifier;
import com.moodbot.vision.DetectedFace;
import com.moodbot.vision.FaceFinder;
import com.moodbot.vision.FoundFaces;
import com.moodbot.vision.ImageRejectedException;
import java.util.ArrayList;
import java.util.List;

/** Photo bytes to emotions: finds the faces, then classifies all of them in one batch. */
public class PhotoAnalyzer {

    private final FaceFinder finder;
    private final EmotionClassifier classifier;
    private final boolean tenCrop;

    public PhotoAnalyzer(FaceFinder finder, EmotionClassifier classifier, boolean tenCrop) {
        this.finder = finder;
        this.classifier = classifier;
        this.tenCrop = tenCrop;
    }

    public PhotoAnalysis analyze(byte[] photo) throws ImageRejectedException {
        return classify(finder.find(photo));
    }

    public PhotoAnalysis classify(FoundFaces found) {
        List<byte[]> crops = found.faces().stream().map(DetectedFace::fer48).toList();
        float[][] probs = classifier.probabilities(crops, tenCrop);
        List<FacePrediction> faces = new ArrayList<>(crops.size());
        for (int i = 0; i < crops.size(); i++) {
            int best = argmax(probs[i]);
            faces.add(new FacePrediction(found.faces().get(i).box(), Emotion.ofIndex(best), probs[i][best], probs[i]));
        }
        return new PhotoAnalysis(found.imageWidth(), found.imageHeight(), faces, found.tooSmall());
    }

    private static int argmax(float[] p) {
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return best;
    }
}
