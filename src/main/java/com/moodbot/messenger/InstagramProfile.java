package com.moodbot.messenger;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * Messenger Profile API body for Instagram Direct ({@code POST /me/messenger_profile?platform=instagram}):
 * the ice breakers (at most 4 questions per locale, a {@code default} locale required) and the
 * persistent menu. Instagram has no Get Started button or greeting.
 */
@Serdeable
public record InstagramProfile(
        String platform,
        @JsonProperty("ice_breakers") List<IceBreakers> iceBreakers,
        @JsonProperty("persistent_menu") List<Menu> persistentMenu) {

    static final int MAX_QUESTIONS = 4;

    public InstagramProfile {
        iceBreakers = List.copyOf(iceBreakers);
        persistentMenu = List.copyOf(persistentMenu);
    }

    @Serdeable
    public record IceBreakers(@JsonProperty("call_to_actions") List<Question> callToActions, String locale) {
        public IceBreakers {
            if (callToActions.size() > MAX_QUESTIONS) {
                throw new IllegalArgumentException("Instagram takes at most " + MAX_QUESTIONS + " ice breakers");
            }
            callToActions = List.copyOf(callToActions);
        }
    }

    @Serdeable
    public record Question(String question, String payload) {
    }

    @Serdeable
    public record Menu(String locale, @JsonProperty("call_to_actions") List<MessengerProfile.MenuItem> callToActions) {
    }
}
