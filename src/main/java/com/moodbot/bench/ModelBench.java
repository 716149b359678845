package com.moodbot.bench;

import com.moodbot.emotion.Emotion;
import com.moodbot.emotion.ModelConfig;
import com.moodbot.emotion.ServedModel;
import com.moodbot.emotion.TestTimeViews;
import com.moodbot.emotion.EmotionClassifier;
import com.moodbot.options.CommandProperties;
import com.moodbot.options.ModelOptions;
import com.moodbot.training.EmotionTrainer;
import com.moodbot.data.LabeledFace;
import com.moodbot.training.TrainOptions;
import com.moodbot.training.TrainingArtifacts;
import com.moodbot.training.TrainingState;
import com.moodbot.training.ValidationSet;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Inference latency per call (batch 1 and 32) and training throughput of the shipped network shape. */
@Command(name = "model", mixinStandardHelpOptions = true,
        description = "Emotion model: inference latency (batch 1 and 32, p50/p99) and training images/s.")
public final class ModelBench implements Callable<Integer>, CommandProperties {

    @Inject
    ServedModel model;

    @Inject
    TrainingArtifacts artifacts;

    @Inject
    ModelConfig modelConfig;

    @Mixin
    ModelOptions pipeline;

    @Option(names = "--iterations", defaultValue = "200",
            description = "timed calls per batch size (default ${DEFAULT-VALUE})")
    int iterations;

    @Option(names = "--train-images", defaultValue = "1920", description = "synthetic faces for the throughput run")
    int trainImages;

    @Override
    public Map<String, Object> contextProperties() {
        return pipeline.properties(1);
    }

    @Override
    public Integer call() throws Exception {
        List<byte[]> faces = SyntheticFaces.pixels(32, 1);
        TestTimeViews views = modelConfig.views();
        EmotionClassifier primary = model.primary();
        System.out.printf(Locale.ROOT, "device %s, network width %.3f, input %d, views %s, networks %d%n",
                primary.device(), primary.spec().width(), primary.spec().inputSize(), views, model.size());
        for (int batch : new int[] {1, 32}) {
            List<byte[]> input = faces.subList(0, batch);
            for (int i = 0; i < 20; i++) {
                model.probabilities(input, views);
            }
            Latencies lat = new Latencies(iterations);
            for (int i = 0; i < iterations; i++) {
                long t0 = System.nanoTime();
                model.probabilities(input, views);
                lat.add(System.nanoTime() - t0);
            }
            System.out.printf(Locale.ROOT, "inference batch %2d: %s  = %.2f ms per face (p50)%n", batch, lat.summary(),
                    lat.percentileMillis(50) / batch);
        }
        trainThroughput();
        return 0;
    }

    /** Runs with every core, as {@code train} does (the trainer sets the thread count itself). */
    private void trainThroughput() throws Exception {
        List<LabeledFace> train = SyntheticFaces.labelled(trainImages, 2);
        Path out = Files.createTempDirectory("moodbot-bench");
        TrainOptions options = TrainOptions.builder(out, model.primary().spec()).data("synthetic").epochs(1)
                .learningRate(0.01f).seed(1).augmentWarmupEpochs(0).build();
        TrainingState state = new EmotionTrainer(artifacts)
                .train(options, train, List.of(new ValidationSet("synthetic", train.subList(0, 64))));
        try (Stream<Path> written = Files.walk(out)) { // the run's checkpoints and charts: only its speed is kept
            written.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        System.out.printf(Locale.ROOT, "training: %.0f images/s (batch 64, augmentation included, one epoch of %d)%n",
                state.history().get(0).imagesPerSecond(), trainImages);
    }
}
