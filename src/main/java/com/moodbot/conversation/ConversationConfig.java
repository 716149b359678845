package com.moodbot.conversation;

import com.moodbot.config.Settings;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * When the bot asks instead of telling ({@link UnsureRule}): the top mood's probability is below
 * {@code unsureBelow}, or the top two are less than {@code askMargin} apart.
 */
@ConfigurationProperties("moodbot.conversation")
public record ConversationConfig(@Bindable(defaultValue = DEFAULT_UNSURE_BELOW) double unsureBelow,
                                 @Bindable(defaultValue = DEFAULT_ASK_MARGIN) double askMargin) {

    public ConversationConfig {
        Settings.between("MOODBOT_CONVERSATION_UNSURE_BELOW", unsureBelow, 0, 1);
        Settings.between("MOODBOT_CONVERSATION_ASK_MARGIN", askMargin, 0, 1);
    }

    public static final String DEFAULT_UNSURE_BELOW = "0.5";
    public static final String DEFAULT_ASK_MARGIN = "0.10";

    /** What the service runs with when nothing is set (for commands and tests outside the service). */
    public static final ConversationConfig DEFAULTS = new ConversationConfig(Double.parseDouble(DEFAULT_UNSURE_BELOW),
            Double.parseDouble(DEFAULT_ASK_MARGIN));
}
