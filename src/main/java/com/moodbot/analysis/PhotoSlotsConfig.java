package com.moodbot.analysis;

import com.moodbot.config.Settings;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/** How many photos are downloaded and analysed at once (MOODBOT_PHOTO_SLOTS); 0 = twice the cores, at least 4. */
@ConfigurationProperties("moodbot.photo")
public record PhotoSlotsConfig(@Bindable(defaultValue = "0") int slots) {

    public PhotoSlotsConfig {
        Settings.atLeast("MOODBOT_PHOTO_SLOTS", slots, 0);
    }

    public int size() {
        return slots > 0 ? slots : Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    }
}
