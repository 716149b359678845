package com.moodbot.vision;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.objdetect.FaceDetectorYN;

/** YuNet (OpenCV model zoo) through {@code FaceDetectorYN}: boxes plus eye landmarks. */
public final class YuNetFaceDetector implements FaceDetector {

    private static final float SCORE_THRESHOLD = 0.7f;
    private static final float NMS_THRESHOLD = 0.3f;
    private final Pool<FaceDetectorYN> pool;

    public YuNetFaceDetector(Path model) {
        OpenCv.load();
        if (!Files.isRegularFile(model)) {
            throw new IllegalArgumentException("YuNet model not found: " + model);
        }
        String path = model.toAbsolutePath().toString();
        this.pool = new Pool<>(() -> FaceDetectorYN.create(path, "", new Size(320, 320), SCORE_THRESHOLD, NMS_THRESHOLD, 50));
        pool.with(d -> d);
    }

    @Override
    public List<FaceBox> detect(Mat bgr) {
        Mat out = new Mat();
        try {
            pool.with(d -> {
                d.setInputSize(new Size(bgr.cols(), bgr.rows()));
                return d.detect(bgr, out);
            });
            List<FaceBox> faces = new ArrayList<>(out.rows());
            float[] row = new float[15];
            for (int i = 0; i < out.rows(); i++) {
                out.get(i, 0, row);
                faces.add(new FaceBox(row[0], row[1], row[2], row[3], row[14],
                        Optional.of(new FaceBox.Eyes(row[4], row[5], row[6], row[7]))));
            }
            return faces;
        } finally {
            out.release();
        }
    }

    @Override
    public String name() {
        return "yunet";
    }

    /** Calibrated by {@code bench framing}: YuNet's (taller) box is 1.053x the FER2013 crop, 2% low. */
    @Override
    public Framing framing() {
        return new Framing(0.95, -0.02);
    }

    @Override
    public void close() {
        // native detectors are freed with their Java wrappers
    }
}
