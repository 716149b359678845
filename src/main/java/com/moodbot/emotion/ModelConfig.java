package com.moodbot.emotion;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.nio.file.Path;

/**
 * Where the trained model lives, how many predictors serve in parallel (default: one per core, each
 * single-threaded), and which views of each face the network sees.
 */
@ConfigurationProperties("moodbot.model")
public record ModelConfig(
        @Bindable(defaultValue = "models") Path dir,
        @Bindable(defaultValue = "0") int predictors,
        @Bindable(defaultValue = ModelConfig.VIEWS) TestTimeViews views) {

    /** The views the service averages unless told otherwise (MOODBOT_MODEL_VIEWS). */
    public static final String VIEWS = "mirror";

    public int predictorCount() {
        return predictors > 0 ? predictors : Runtime.getRuntime().availableProcessors();
    }
}
