package com.moodbot.emotion;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.nio.file.Path;

/** Where the trained model lives, how many predictors serve in parallel, and whether to ten-crop. */
@ConfigurationProperties("moodbot.model")
public record ModelConfig(
        @Bindable(defaultValue = "models") Path dir,
        @Bindable(defaultValue = "2") int predictors,
        @Bindable(defaultValue = "false") boolean tenCrop) {
}
