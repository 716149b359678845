package com.moodbot.training;

import io.micronaut.serde.annotation.Serdeable;

/** One line of the training history. */
@Serdeable
public record EpochRecord(int epoch, double trainLoss, double trainAccuracy, double validationAccuracy,
                          double learningRate, double seconds, double imagesPerSecond) {
}
