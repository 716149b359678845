package com.moodbot.analysis;

import com.moodbot.emotion.Emotion;
import com.moodbot.emotion.FaceScorer;
import com.moodbot.vision.DetectedFace;
import com.moodbot.vision.FaceFinder;
import com.moodbot.vision.FoundFaces;
import com.moodbot.vision.ImageRejectedException;
import java.util.ArrayList;
import java.util.List;

/** Photo bytes to emotions: finds the faces, then classifies all of them in one batch. */
public class PhotoAnalyzer {

    private final FaceFinder finder;
    private final FaceScorer classifier;
    private final boolean tenCrop;

    public PhotoAnalyzer(FaceFinder finder, FaceScorer classifier, boolean tenCrop) {
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
            Emotion best = Emotion.mostLikely(probs[i]);
            faces.add(new FacePrediction(found.faces().get(i).box(), best, probs[i][best.ordinal()], probs[i]));
        }
        return new PhotoAnalysis(found.imageWidth(), found.imageHeight(), faces, found.tooSmall());
    }
}
