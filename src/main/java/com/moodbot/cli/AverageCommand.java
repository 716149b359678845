package com.moodbot.cli;

import com.moodbot.emotion.ModelFiles;
import com.moodbot.emotion.NetworkSpec;
import com.moodbot.training.WeightAveraging;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code moodbot average}: one model from the mean of a run's weight snapshots ({@code train --snapshot-from}). */
@Command(name = "average", mixinStandardHelpOptions = true,
        description = "Average weight snapshots of one training run into a model folder (then calibrate it).")
public final class AverageCommand implements Callable<Integer> {

    @Option(names = "--run", required = true, description = "the training run's --out folder (its spec is used)")
    Path run;

    @Option(names = "--out", required = true, description = "model folder to write")
    Path out;

    @Mixin
    DetectorCopy detector;

    @Parameters(arity = "1..*", description = "snapshot parameter files, e.g. RUN/snapshot-epoch-030.params")
    List<Path> snapshots;

    @Override
    public Integer call() throws Exception {
        NetworkSpec spec = ModelFiles.readSpec(run);
        Files.createDirectories(out);
        ModelFiles.writeSpec(out, spec);
        WeightAveraging.average(spec, snapshots, out.resolve(ModelFiles.PARAMS));
        detector.into(out, "average");
        System.out.printf(Locale.ROOT, "averaged %d snapshots into %s%n", snapshots.size(), out.resolve(ModelFiles.PARAMS));
        return 0;
    }
}
