package com.moodbot.cli;

import com.moodbot.bench.DetectionBench;
import com.moodbot.bench.FramingBench;
import com.moodbot.bench.MemoryBench;
import com.moodbot.bench.ModelBench;
import com.moodbot.bench.PipelineBench;
import com.moodbot.bench.RecommendBench;
import com.moodbot.bench.FailoverBench;
import com.moodbot.bench.WebhookBench;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code moodbot bench model|pipeline}: the figures quoted in README.md and models/README.md. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure latency and throughput.",
        subcommands = {ModelBench.class, PipelineBench.class, DetectionBench.class, FramingBench.class,
                WebhookBench.class, MemoryBench.class, FailoverBench.class, RecommendBench.class})
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return CliErrors.missingSubcommand(spec);
    }
}
