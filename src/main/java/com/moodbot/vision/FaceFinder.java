package com.moodbot.vision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Photo bytes to face crops: decode, detect on a downscaled copy, crop from the full-resolution
 * grey image. Faces whose shorter side is under {@code minFaceSide} pixels are counted, not cropped;
 * of the others, the {@link #MOST_FACES} largest are cropped.
 */
public final class FaceFinder implements AutoCloseable {

    /**
     * The most faces of one photo that are read: a group answer reads up to 8, so a crowd (or a grid of faces
     * made to cost model time) is read as its largest faces, and shows as more than 8 to the group rule.
     */
    public static final int MOST_FACES = 12;

    private final ImageDecoder decoder;
    private final FaceDetector detector;
    private final int maxDetectionSide;
    private final int minFaceSide;

    public FaceFinder(ImageDecoder decoder, FaceDetector detector, int maxDetectionSide, int minFaceSide) {
        this.decoder = decoder;
        this.detector = detector;
        this.maxDetectionSide = maxDetectionSide;
        this.minFaceSide = minFaceSide;
    }

    public String detectorName() {
        return detector.name();
    }

    public Framing framing() {
        return detector.framing();
    }

    /** Decodes with the caps and checks of {@link ImageDecoder}; the caller releases the image. */
    public Mat decode(byte[] photo) throws ImageRejectedException {
        return decoder.decode(photo);
    }

    public FoundFaces find(byte[] photo) throws ImageRejectedException {
        Mat bgr = decoder.decode(photo);
        try {
            return find(bgr);
        } finally {
            bgr.release();
        }
    }

    public FoundFaces find(Mat bgr) {
        double scale = Math.min(1.0, maxDetectionSide / (double) Math.max(bgr.cols(), bgr.rows()));
        List<FaceBox> boxes;
        if (scale < 1.0) {
            Mat small = new Mat();
            try {
                Size size = new Size(Math.max(1, Math.round(bgr.cols() * scale)), Math.max(1, Math.round(bgr.rows() * scale)));
                Imgproc.resize(bgr, small, size, 0, 0, Imgproc.INTER_AREA);
                double back = bgr.cols() / size.width;
                boxes = detector.detect(small).stream().map(b -> b.scaled(back)).toList();
            } finally {
                small.release();
            }
        } else {
            boxes = detector.detect(bgr);
        }
        List<FaceBox> bySize = new ArrayList<>(boxes);
        bySize.sort(Comparator.comparingDouble(FaceBox::area).reversed());
        Mat grey = new Mat();
        try {
            Imgproc.cvtColor(bgr, grey, Imgproc.COLOR_BGR2GRAY);
            List<DetectedFace> faces = new ArrayList<>();
            int tooSmall = 0;
            for (FaceBox box : bySize) {
                if (box.side() < minFaceSide) {
                    tooSmall++;
                } else if (faces.size() < MOST_FACES) {
                    faces.add(new DetectedFace(box, FaceCropper.crop(grey, box, detector.framing())));
                }
            }
            return new FoundFaces(bgr.cols(), bgr.rows(), faces, tooSmall);
        } finally {
            grey.release();
        }
    }

    @Override
    public void close() {
        detector.close();
    }
}
