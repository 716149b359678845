package com.moodbot.bench;

import com.moodbot.data.FerCsvReader;
import com.moodbot.data.LabeledFace;
import com.moodbot.data.Split;
import com.moodbot.vision.CascadeFaceDetector;
import com.moodbot.vision.FaceBox;
import com.moodbot.vision.FaceDetector;
import com.moodbot.vision.YuNetFaceDetector;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * How each detector's box relates to FER2013's own framing: Training faces are pasted at a known
 * size and place, and the medians of box side and centre offset give the {@code Framing} constants.
 */
@Command(name = "framing", mixinStandardHelpOptions = true,
        description = "Calibrate crop framing: detector box vs FER2013 crop on pasted Training faces.")
public final class FramingBench implements Callable<Integer> {

    private static final int SIDE = 300;

    @Option(names = "--data", required = true, description = "FER2013 CSV (.csv or .csv.gz)")
    Path data;

    @Option(names = "--yunet", description = "also calibrate YuNet")
    Path yunet;

    @Option(names = "--faces", defaultValue = "400", description = "faces measured (default ${DEFAULT-VALUE})")
    int count;

    @Override
    public Integer call() throws Exception {
        List<LabeledFace> faces = FerCsvReader.read(data).get(Split.TRAINING).subList(0, count);
        List<FaceDetector> detectors = new ArrayList<>(List.of(new CascadeFaceDetector()));
        if (yunet != null) {
            detectors.add(new YuNetFaceDetector(yunet));
        }
        for (FaceDetector detector : detectors) {
            List<Double> side = new ArrayList<>();
            List<Double> dy = new ArrayList<>();
            for (LabeledFace face : faces) {
                Mat photo = canvas(face);
                List<FaceBox> boxes = detector.detect(photo);
                photo.release();
                if (boxes.size() == 1) {
                    FaceBox b = boxes.get(0);
                    side.add(Math.max(b.width(), b.height()) / SIDE);
                    dy.add((b.centreY() - 240) / SIDE);
                }
            }
            Collections.sort(side);
            Collections.sort(dy);
            double s = side.get(side.size() / 2);
            double d = dy.get(dy.size() / 2);
            System.out.printf(Locale.ROOT, "%s: found %d/%d; box side = %.3f x FER side; centre %.3f of FER side below;"
                    + " framing scale %.2f, shift %.3f (current %s)%n", detector.name(), side.size(), faces.size(), s, d,
                    1 / s, -d / s, detector.framing());
            detector.close();
        }
        return 0;
    }

    private static Mat canvas(LabeledFace face) {
        BufferedImage photo = FacePhotos.canvas(640, 480, FacePhotos.PLAIN, List.of(face), new int[][] {{170, 90, SIDE}});
        Mat mat = new Mat(480, 640, CvType.CV_8UC3);
        mat.put(0, 0, ((DataBufferByte) photo.getRaster().getDataBuffer()).getData());
        return mat;
    }
}
