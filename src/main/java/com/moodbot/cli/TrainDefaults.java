package com.moodbot.cli;

import com.moodbot.training.TrainOptions;
import java.util.Map;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code train}'s defaults, taken from {@link TrainOptions}' constants (the shipped recipe) rather than written again. */
final class TrainDefaults implements IDefaultValueProvider {

    private static final Map<String, Object> DEFAULTS = Map.ofEntries(
            Map.entry("--epochs", TrainOptions.EPOCHS),
            Map.entry("--batch-size", TrainOptions.BATCH_SIZE),
            Map.entry("--lr", TrainOptions.LEARNING_RATE),
            Map.entry("--weight-decay", TrainOptions.WEIGHT_DECAY),
            Map.entry("--label-smoothing", TrainOptions.LABEL_SMOOTHING),
            Map.entry("--class-weight-power", TrainOptions.CLASS_WEIGHT_POWER),
            Map.entry("--seed", TrainOptions.SEED),
            Map.entry("--augment-warmup", TrainOptions.AUGMENT_WARMUP_EPOCHS),
            Map.entry("--photo-weight-end", TrainOptions.PHOTO_WEIGHT_END),
            Map.entry("--ferplus-weight", TrainOptions.FER_PLUS_WEIGHT),
            Map.entry("--photo-repeat", TrainOptions.PHOTO_REPEAT),
            Map.entry("--teacher-weight", TrainOptions.TEACHER_WEIGHT),
            Map.entry("--width", TrainOptions.NETWORK.width()),
            Map.entry("--input-size", TrainOptions.NETWORK.inputSize()),
            Map.entry("--dropout", TrainOptions.NETWORK.dropout()));

    @Override
    public String defaultValue(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            Object value = DEFAULTS.get(option.longestName());
            return value == null ? null : String.valueOf(value);
        }
        return null;
    }
}
