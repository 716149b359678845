package com.moodbot.cli;

import com.moodbot.vision.VisionConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * YuNet copied into a model folder a command writes, so that the folder finds faces as served: without
 * the file there, every command that reads the folder falls back to OpenCV's Haar cascade.
 */
final class DetectorCopy {

    private DetectorCopy() {
    }

    static void into(Path modelDir, Path yunet, String command) throws IOException {
        if (Files.isRegularFile(yunet)) {
            Files.copy(yunet, modelDir.resolve(VisionConfig.YUNET_FILE), StandardCopyOption.REPLACE_EXISTING);
        } else {
            System.err.println(command + ": no face detector at " + yunet + ": " + modelDir
                    + " will find faces with OpenCV's Haar cascade, not as served (give --yunet)");
        }
    }
}
