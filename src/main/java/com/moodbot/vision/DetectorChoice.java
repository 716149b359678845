package com.moodbot.vision;

import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** YuNet when its file is there and loads, OpenCV's Haar cascade otherwise; says which in one log line. */
final class DetectorChoice {

    private static final Logger LOG = LoggerFactory.getLogger(DetectorChoice.class);

    private DetectorChoice() {
    }

    static FaceDetector choose(Path yunet) {
        if (!Files.isRegularFile(yunet)) {
            LOG.warn("Face detector: OpenCV's Haar cascade (no YuNet model at {}; close selfies are often missed)", yunet);
            return new CascadeFaceDetector();
        }
        try {
            FaceDetector detector = new YuNetFaceDetector(yunet);
            LOG.info("Face detector: YuNet ({})", yunet);
            return detector;
        } catch (RuntimeException e) {
            LOG.warn("Face detector: OpenCV's Haar cascade (YuNet at {} did not load: {})", yunet,
                    String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            return new CascadeFaceDetector();
        }
    }
}
