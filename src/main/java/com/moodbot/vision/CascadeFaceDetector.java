package com.moodbot.vision;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opencv.core.Mat;
import org.opencv.core.MatOfRect;
import org.opencv.core.Rect;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;
import org.opencv.objdetect.CascadeClassifier;

/**
 * OpenCV's Haar frontal-face cascade. The XML is unpacked at build time from OpenCV's own
 * distribution on Maven Central (org.bytedeco:opencv) into the class path.
 */
public final class CascadeFaceDetector implements FaceDetector {

    static final String RESOURCE = "/cascades/haarcascade_frontalface_default.xml";
    private final Path xml;
    private final Pool<CascadeClassifier> pool;

    public CascadeFaceDetector() {
        OpenCv.load();
        this.xml = extract();
        this.pool = new Pool<>(() -> {
            CascadeClassifier c = new CascadeClassifier(xml.toString());
            if (c.empty()) {
                throw new IllegalStateException("cannot load face cascade " + xml);
            }
            return c;
        });
        pool.with(c -> c);
    }

    @Override
    public List<FaceBox> detect(Mat bgr) {
        Mat grey = new Mat();
        MatOfRect rects = new MatOfRect();
        try {
            Imgproc.cvtColor(bgr, grey, Imgproc.COLOR_BGR2GRAY);
            Imgproc.equalizeHist(grey, grey);
            // Smaller than the smallest readable face, so that small faces are found and reported as too small.
            int min = Math.max(16, Math.min(grey.cols(), grey.rows()) / 20);
            pool.with(c -> {
                c.detectMultiScale(grey, rects, 1.1, 5, 0, new Size(min, min), new Size());
                return null;
            });
            List<FaceBox> faces = new ArrayList<>();
            for (Rect r : rects.toArray()) {
                faces.add(new FaceBox(r.x, r.y, r.width, r.height, 1.0, Optional.empty()));
            }
            return faces;
        } finally {
            grey.release();
            rects.release();
        }
    }

    @Override
    public String name() {
        return "cascade";
    }

    /** Calibrated by {@code bench framing}: the cascade's box is 0.947x the FER2013 crop, centred. */
    @Override
    public Framing framing() {
        return new Framing(1.06, 0.0);
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(xml);
        } catch (IOException ignored) {
            // a temp file left behind is harmless
        }
    }

    private static Path extract() {
        try (InputStream in = CascadeFaceDetector.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("face cascade " + RESOURCE + " missing from the class path; rebuild with mvn package");
            }
            Path file = Files.createTempFile("moodbot-cascade", ".xml");
            file.toFile().deleteOnExit();
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
