package com.moodbot.analysis;

import com.moodbot.emotion.TestTimeViews;
import com.moodbot.emotion.Emotion;
import com.moodbot.emotion.FaceScorer;
import com.moodbot.metrics.MoodbotMetrics;
import com.moodbot.vision.DetectedFace;
import com.moodbot.vision.FaceFinder;
import com.moodbot.vision.FoundFaces;
import com.moodbot.vision.ImageRejectedException;
import java.util.ArrayList;
import java.util.List;
import org.opencv.core.Mat;

/** Photo bytes to emotions: finds the faces, then classifies all of them in one batch. */
public class PhotoAnalyzer {

    private final FaceFinder finder;
    private final FaceScorer classifier;
    private final TestTimeViews views;
    private final MoodbotMetrics metrics;

    public PhotoAnalyzer(FaceFinder finder, FaceScorer classifier, TestTimeViews views, MoodbotMetrics metrics) {
        this.finder = finder;
        this.classifier = classifier;
        this.views = views;
        this.metrics = metrics;
    }

    /** The views of each face the model averages. */
    public TestTimeViews views() {
        return views;
    }

    public PhotoAnalysis analyze(byte[] photo) throws ImageRejectedException {
        long t0 = System.nanoTime();
        Mat bgr;
        try {
            bgr = finder.decode(photo);
        } finally {
            metrics.stage("decode", System.nanoTime() - t0); // refused photos too: the decode deadline shows here
        }
        long t1 = System.nanoTime();
        try {
            FoundFaces found = finder.find(bgr);
            metrics.stage("detect", System.nanoTime() - t1);
            return classify(found);
        } finally {
            bgr.release();
        }
    }

    public PhotoAnalysis classify(FoundFaces found) {
        List<byte[]> crops = found.faces().stream().map(DetectedFace::fer48).toList();
        long t0 = System.nanoTime();
        float[][] probs = classifier.probabilities(crops, views);
        if (!crops.isEmpty()) {
            metrics.stage("classify", System.nanoTime() - t0);
        }
        List<FacePrediction> faces = new ArrayList<>(crops.size());
        for (int i = 0; i < crops.size(); i++) {
            Emotion best = Emotion.mostLikely(probs[i]);
            faces.add(new FacePrediction(found.faces().get(i).box(), best, probs[i][best.ordinal()], probs[i]));
        }
        return new PhotoAnalysis(found.imageWidth(), found.imageHeight(), faces, found.tooSmall());
    }
}
