package com.moodbot.conversation;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * MOODBOT_PERSON_ID_KEY: the secret behind hashed person ids. Unset, a key derived from the
 * Messenger app secret is used; with neither, a random key per process (ids then differ across
 * restarts and instances).
 */
@ConfigurationProperties("moodbot.person-id")
public record PersonIdConfig(@Nullable String key) {
}
