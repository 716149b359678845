package com.moodbot.messenger;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** Messenger Profile API body: Get Started button, greeting and persistent menu. */
@Serdeable
public record MessengerProfile(
        @JsonProperty("get_started") GetStarted getStarted,
        List<Greeting> greeting,
        @JsonProperty("persistent_menu") List<Menu> persistentMenu) {

    @Serdeable
    public record GetStarted(String payload) {
    }

    @Serdeable
    public record Greeting(String locale, String text) {
    }

    @Serdeable
    public record Menu(String locale, @JsonProperty("composer_input_disabled") boolean composerInputDisabled,
                       @JsonProperty("call_to_actions") List<MenuItem> callToActions) {
    }

    @Serdeable
    public record MenuItem(String type, String title, String payload) {
    }
}
