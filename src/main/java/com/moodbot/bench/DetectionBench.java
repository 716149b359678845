package com.moodbot.bench;

import com.moodbot.vision.FaceFinder;
import com.moodbot.vision.ImageDecoder;
import com.moodbot.vision.ImageLimits;
import com.moodbot.vision.VisionConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.opencv.core.Mat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Face detection latency per photo (decoded image in, crops out), cascade vs YuNet, at two photo sizes. */
@Command(name = "detect", mixinStandardHelpOptions = true,
        description = "Detection latency per photo (detect + crop, decoded image in): cascade vs YuNet, 640x480 and 1080x1440.")
public final class DetectionBench implements Callable<Integer> {

    @Option(names = "--data", required = true, description = "FER2013 CSV (.csv or .csv.gz)")
    Path data;

    @Option(names = "--yunet", defaultValue = VisionConfig.SHIPPED_YUNET,
            description = "YuNet ONNX model, compared against the Haar cascade (default ${DEFAULT-VALUE})")
    Path yunet;

    @Option(names = "--iterations", defaultValue = "200", description = "timed runs (default ${DEFAULT-VALUE})")
    int iterations;

    @Override
    public Integer call() throws Exception {
        List<FaceFinder> finders = new ArrayList<>(List.of(VisionConfig.defaults(null).newFaceFinder(),
                VisionConfig.defaults(yunet).newFaceFinder()));
        ImageDecoder decoder = new ImageDecoder(ImageLimits.DEFAULT);
        try {
            for (int[] size : new int[][] {{640, 480}, {1080, 1440}}) {
                byte[] jpeg = BenchPhotos.withDetectableFace(data, size[0], size[1], finders.toArray(FaceFinder[]::new));
                Mat image = decoder.decode(jpeg);
                for (FaceFinder finder : finders) {
                    for (int i = 0; i < 20; i++) {
                        finder.find(image);
                    }
                    Latencies lat = new Latencies(iterations);
                    for (int i = 0; i < iterations; i++) {
                        long t0 = System.nanoTime();
                        finder.find(image);
                        lat.add(System.nanoTime() - t0);
                    }
                    System.out.printf(Locale.ROOT, "%-7s %4dx%-4d: %s%n", finder.detectorName(), size[0], size[1], lat.summary());
                }
                image.release();
            }
        } finally {
            finders.forEach(FaceFinder::close);
        }
        return 0;
    }
}
