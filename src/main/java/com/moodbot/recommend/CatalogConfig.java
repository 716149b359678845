package com.moodbot.recommend;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.nio.file.Path;
import java.time.Duration;

/** Where the catalogs live and how often they are checked for edits. */
@ConfigurationProperties("moodbot.catalog")
public record CatalogConfig(
        @Bindable(defaultValue = "recommendations") Path dir,
        @Bindable(defaultValue = "2s") Duration pollInterval) {
}
