package com.moodbot.vision;

import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * YuNet when its file is there and loads, OpenCV's Haar cascade otherwise. Logs why at debug level
 * only: commands print JSON on standard output, and serve names the detector in its start-up lines.
 */
final class DetectorChoice {

    private static final Logger LOG = LoggerFactory.getLogger(DetectorChoice.class);

    private DetectorChoice() {
    }

    static FaceDetector choose(Path yunet) {
        if (!Files.isRegularFile(yunet)) {
            LOG.debug("no YuNet model at {}: using OpenCV's Haar cascade", yunet);
            return new CascadeFaceDetector();
        }
        try {
            return new YuNetFaceDetector(yunet);
        } catch (RuntimeException e) {
            LOG.debug("YuNet at {} did not load ({}): using OpenCV's Haar cascade", yunet,
                    String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            return new CascadeFaceDetector();
        }
    }
}
