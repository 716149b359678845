package com.moodbot.training;

import io.micronaut.serde.annotation.Serdeable;
import java.util.Map;

/**
 * One line of the training history. {@code validationAccuracy} is the selection score (the mean
 * accuracy over the validation sets); {@code validation} holds each set's accuracy by name.
 */
@Serdeable
public record EpochRecord(int epoch, double trainLoss, double trainAccuracy, double validationAccuracy,
                          double learningRate, double seconds, double imagesPerSecond, Map<String, Double> validation) {
}
