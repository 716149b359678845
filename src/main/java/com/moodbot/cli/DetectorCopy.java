package com.moodbot.cli;

import com.moodbot.vision.VisionConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import picocli.CommandLine.Option;

/**
 * {@code --yunet} for the commands that write a model folder (a picocli mixin): YuNet copied into the
 * folder, so that it finds faces as served; without the file there, every command that reads the
 * folder falls back to OpenCV's Haar cascade.
 */
public final class DetectorCopy {

    @Option(names = "--yunet", defaultValue = VisionConfig.SHIPPED_YUNET,
            description = "face detector copied into the folder, so that it finds faces as served (default ${DEFAULT-VALUE})")
    Path yunet;

    void into(Path modelDir, String command) throws IOException {
        if (Files.isRegularFile(yunet)) {
            Files.copy(yunet, modelDir.resolve(VisionConfig.YUNET_FILE), StandardCopyOption.REPLACE_EXISTING);
        } else {
            System.err.println(command + ": no face detector at " + yunet + ": " + modelDir
                    + " will find faces with OpenCV's Haar cascade, not as served (give --yunet)");
        }
    }
}
