package com.moodbot.conversation;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/** Below {@code unsureBelow} confidence the bot says it is unsure. */
@ConfigurationProperties("moodbot.conversation")
public record ConversationConfig(@Bindable(defaultValue = "0.5") double unsureBelow) {
}
