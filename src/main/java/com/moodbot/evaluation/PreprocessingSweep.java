package com.moodbot.evaluation;

import com.moodbot.emotion.TestTimeViews;
import com.moodbot.emotion.Emotion;
import com.moodbot.emotion.FaceScorer;
import com.moodbot.vision.FaceBox;
import com.moodbot.vision.FaceCropper;
import com.moodbot.vision.FaceFinder;
import com.moodbot.vision.FoundFaces;
import com.moodbot.vision.Framing;
import com.moodbot.vision.ImageRejectedException;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.opencv.core.Mat;
import org.opencv.imgproc.Imgproc;
import com.moodbot.data.PhotoLabels;
import com.moodbot.data.PhotoDegradation;

/**
 * Does the way a face is cut from a photo decide what the model sees in it? Classifies the same
 * labelled photos' largest faces cut with other framings, and with the crop blurred or shrunk and
 * enlarged again, and reports accuracy and the share of faces called angry for each variant.
 */
public final class PreprocessingSweep {

    public record Variant(String name, double accuracy, double angryShare) {
    }

    private record Face(Mat grey, FaceBox box, Emotion label) {
    }

    private PreprocessingSweep() {
    }

    public static List<Variant> run(FaceFinder finder, FaceScorer classifier,
                                    List<PhotoLabels.Entry> entries) throws IOException {
        List<Face> faces = new ArrayList<>();
        try {
            for (PhotoLabels.Entry entry : entries) {
                Mat bgr;
                try {
                    bgr = finder.decode(Files.readAllBytes(entry.file()));
                } catch (ImageRejectedException e) {
                    continue;
                }
                FoundFaces found = finder.find(bgr);
                if (!found.faces().isEmpty()) {
                    Mat grey = new Mat();
                    Imgproc.cvtColor(bgr, grey, Imgproc.COLOR_BGR2GRAY);
                    faces.add(new Face(grey, found.faces().get(0).box(), entry.label()));
                }
                bgr.release();
            }
            Framing base = finder.framing();
            Map<String, List<byte[]>> variants = new LinkedHashMap<>();
            for (double scale : new double[] {0.85, 1.0, 1.15, 1.3}) {
                variants.put(String.format(Locale.ROOT, "framing x%.2f", scale), crops(faces, new Framing(base.scale() * scale,
                        base.shiftDown())));
            }
            List<byte[]> asServed = variants.get(String.format(Locale.ROOT, "framing x%.2f", 1.0));
            variants.put("blur sigma 0.9", map(asServed, f -> filtered(f, g -> PhotoDegradation.blur(g, 0.9))));
            variants.put("shrunk to 24 px and back", map(asServed, f -> filtered(f, g -> PhotoDegradation.resample(g, 24))));
            List<Variant> out = new ArrayList<>();
            for (Map.Entry<String, List<byte[]>> v : variants.entrySet()) {
                out.add(score(v.getKey(), classifier.probabilities(v.getValue(), TestTimeViews.CENTRE), faces));
            }
            return out;
        } finally {
            faces.forEach(f -> f.grey().release());
        }
    }

    private static List<byte[]> crops(List<Face> faces, Framing framing) {
        return faces.stream().map(f -> FaceCropper.crop(f.grey(), f.box(), framing)).toList();
    }

    private static List<byte[]> map(List<byte[]> crops, UnaryOperator<byte[]> op) {
        return crops.stream().map(op).toList();
    }

    /** Applies a filter to an equalised 48x48 crop and equalises it again, as serving would have. */
    private static byte[] filtered(byte[] face, UnaryOperator<float[]> filter) {
        float[] grey = new float[face.length];
        for (int i = 0; i < face.length; i++) {
            grey[i] = face[i] & 0xFF;
        }
        float[] out = PhotoDegradation.equalise(filter.apply(grey));
        byte[] bytes = new byte[out.length];
        for (int i = 0; i < out.length; i++) {
            bytes[i] = (byte) Math.round(Math.min(255, Math.max(0, out[i])));
        }
        return bytes;
    }

    private static Variant score(String name, float[][] probabilities, List<Face> faces) {
        int correct = 0;
        int angry = 0;
        for (int i = 0; i < faces.size(); i++) {
            Emotion predicted = Emotion.mostLikely(probabilities[i]);
            correct += predicted == faces.get(i).label() ? 1 : 0;
            angry += predicted == Emotion.ANGRY ? 1 : 0;
        }
        int n = Math.max(1, faces.size());
        return new Variant(name + " (" + faces.size() + " faces)", correct / (double) n, angry / (double) n);
    }
}
