package com.moodbot.training;

import ai.djl.nn.Block;
import java.nio.file.Path;

/**
 * What the training listeners of one run share: its options and output, the network, the batches (which
 * know the epoch), the epoch's statistics, and the state a {@code --resume} read back ({@code null} for a
 * fresh run).
 */
record TrainingRun(TrainOptions options, TrainingArtifacts artifacts, Block block, FaceBatches data,
                   EpochStatistics statistics, TrainingState resumed) {

    Path out() {
        return options.outputDir();
    }

    /** The epoch now ending, counted from 1 over the whole run (resumes included). */
    int epoch() {
        return data.epoch() + 1;
    }

    /** Epochs done before this process started: 0, or those of the run resumed. */
    int startEpoch() {
        return resumed == null ? 0 : resumed.epochsDone();
    }
}
