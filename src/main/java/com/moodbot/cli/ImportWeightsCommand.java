package com.moodbot.cli;

import com.moodbot.emotion.ModelFiles;
import com.moodbot.emotion.NetworkSpec;
import com.moodbot.training.ImportedWeights;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code moodbot import-weights}: a model folder from a network trained by {@code student.py} (docs/teacher.md). */
@Command(name = "import-weights", mixinStandardHelpOptions = true,
        description = "Write a model folder from weights trained by src/main/python/student.py (then calibrate it).")
public final class ImportWeightsCommand implements Callable<Integer> {

    /** student.py trains on 44-pixel crops of the 48-pixel faces, as the served model reads them. */
    private static final int STUDENT_INPUT = 44;

    @Option(names = "--weights", required = true, description = "student.py's student.npz")
    Path weights;

    @Option(names = "--out", required = true, description = "model folder to write")
    Path out;

    @Option(names = "--width", defaultValue = "0.5",
            description = "the network's width: student.py's --width (default ${DEFAULT-VALUE})")
    float width;

    @Mixin
    DetectorCopy detector;

    @Override
    public Integer call() throws Exception {
        NetworkSpec spec = new NetworkSpec(width, STUDENT_INPUT, 0f);
        NewFolder.require(out, "a model folder's calibration, metrics and charts belong to the weights they were made with");
        ImportedWeights.write(spec, weights, out.resolve(ModelFiles.PARAMS));
        ModelFiles.writeSpec(out, spec);
        detector.into(out, "import-weights");
        System.out.println("imported " + weights + " into " + out + "; next: evaluate, choose and calibrate it as "
                + "models/README.md's Recipe does");
        return 0;
    }
}
