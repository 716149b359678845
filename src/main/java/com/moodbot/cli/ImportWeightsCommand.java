package com.moodbot.cli;

import com.moodbot.emotion.ModelFiles;
import com.moodbot.emotion.NetworkSpec;
import com.moodbot.training.ImportedWeights;
import com.moodbot.vision.VisionConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code moodbot import-weights}: a model folder from a network trained by {@code student.py} (docs/teacher.md). */
@Command(name = "import-weights", mixinStandardHelpOptions = true,
        description = "Write a model folder from weights trained by src/main/python/student.py (then calibrate it).")
public final class ImportWeightsCommand implements Callable<Integer> {

    @Option(names = "--weights", required = true, description = "student.py's student.npz")
    Path weights;

    @Option(names = "--out", required = true, description = "model folder to write")
    Path out;

    @Option(names = "--width", defaultValue = "0.5", description = "the network's width, as trained (default ${DEFAULT-VALUE})")
    float width;

    @Option(names = "--input-size", defaultValue = "44", description = "input side, as trained (default ${DEFAULT-VALUE})")
    int inputSize;

    @Option(names = "--yunet", defaultValue = "models/" + VisionConfig.YUNET_FILE,
            description = "face detector copied into the folder, so that it finds faces as served (default ${DEFAULT-VALUE})")
    Path yunet;

    @Override
    public Integer call() throws Exception {
        NetworkSpec spec = new NetworkSpec(width, inputSize, 0f);
        Files.createDirectories(out);
        ImportedWeights.write(spec, weights, out.resolve(ModelFiles.PARAMS));
        ModelFiles.writeSpec(out, spec);
        if (Files.isRegularFile(yunet)) {
            Files.copy(yunet, out.resolve(VisionConfig.YUNET_FILE), StandardCopyOption.REPLACE_EXISTING);
        } else {
            System.err.println("import-weights: no face detector at " + yunet + ": " + out
                    + " will find faces with OpenCV's Haar cascade, not as served (give --yunet)");
        }
        System.out.println("imported " + weights + " into " + out + "; next: moodbot calibrate --model " + out);
        return 0;
    }
}
