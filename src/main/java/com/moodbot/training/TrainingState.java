package com.moodbot.training;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** What a resumed run needs, and what the metrics file reports: history and the best epoch so far. */
@Serdeable
public record TrainingState(String data, float width, int inputSize, int epochs, int batchSize, float learningRate,
                            long seed, int epochsDone, int bestEpoch, double bestValidationAccuracy,
                            List<EpochRecord> history) {
}
