package com.moodbot.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsCheckTest {

    private static List<String> problems(Map<String, Object> settings) {
        try (ApplicationContext context = ApplicationContext.builder().properties(settings).start()) {
            return SettingsCheck.problems(context);
        }
    }

    @Test
    void theDefaultsAndUsualValuesPass() {
        assertEquals(List.of(), problems(Map.of()));
        assertEquals(List.of(), problems(Map.of("moodbot.model.views", "ten-crop", "moodbot.web.trusted-proxies",
                "10.0.0.0/8, 10.1.0.1", "moodbot.intake.durable", "off", "moodbot.drain.delay", "5s",
                "moodbot.web.concurrent", " ", "moodbot.admin.token", "a-long-enough-token")), "a blank value is unset");
    }

    @Test
    void aBooleanIsOneOfItsWordsNotAnyWord() {
        assertEquals(List.of("MOODBOT_INTAKE_DURABLE is 'flase', which is not true or false"),
                problems(Map.of("moodbot.intake.durable", "flase")));
        assertEquals(List.of("MOODBOT_LEARNING_ENABLED is '1', which is not true or false"),
                problems(Map.of("moodbot.learning.enabled", "1")), "Micronaut would read 1 as false");
    }

    @Test
    void aValueThatIsNotOfItsSettingsTypeIsNamedInsteadOfReplacedByTheDefault() {
        assertEquals(List.of("MOODBOT_DRAIN_TIMEOUT is '3', which is not a duration (0 or more) such as 500ms, 20s, 5m or 14d",
                "MOODBOT_WEB_PER_MINUTE is 'abc', which is not a whole number"),
                problems(Map.of("moodbot.drain.timeout", "3", "moodbot.web.per-minute", "abc")).stream().sorted().toList());
        assertEquals(List.of("MOODBOT_MODEL_VIEWS is 'tencrop', which is not one of centre, mirror, ten-crop"),
                problems(Map.of("moodbot.model.views", "tencrop")));
    }

    @Test
    void aValueItsRecordRefusesIsNamedBeforeTheServiceStarts() {
        assertEquals(List.of("MOODBOT_WEB_CONCURRENT must be at least 1, not 0"), problems(Map.of("moodbot.web.concurrent", 0)));
        assertEquals(List.of("MOODBOT_CONVERSATION_UNSURE_BELOW must be between 0.0 and 1.0, not 50.0"),
                problems(Map.of("moodbot.conversation.unsure-below", 50)));
        assertEquals(List.of("MOODBOT_WEB_TRUSTED_PROXIES has 'lb.internal', which is no IP address or range such as "
                + "10.0.0.2 or 10.0.0.0/8"), problems(Map.of("moodbot.web.trusted-proxies", "lb.internal")));
        assertEquals(List.of("MOODBOT_DEFAULT_LOCALE is 'fr'; the bot speaks en and es"),
                problems(Map.of("moodbot.default-locale", "fr")));
        assertEquals(List.of("MOODBOT_PUBLIC_URL is 'bot.example.com', which is not an address such as"
                + " https://bot.example.com (https, a host, no user name or query)"),
                problems(Map.of("moodbot.public-url", "bot.example.com")));
        List<String> secret = problems(Map.of("moodbot.public-url", "https://admin:hunter2@bot.example.com"));
        assertTrue(secret.size() == 1 && !secret.get(0).contains("hunter2"), secret.toString());
        assertEquals(List.of(), problems(Map.of("moodbot.public-url", "http://LOCALHOST:8080")));
        assertEquals(1, problems(Map.of("moodbot.public-url", "http://bot.example.com")).size(), "Messenger needs https");
        assertEquals(List.of(), problems(Map.of("moodbot.public-url", "http://localhost:8080/")), "a local try");
        assertEquals(List.of("MOODBOT_MANAGEMENT_PORT must be between 0 and 65535, not 99999"),
                problems(Map.of("moodbot.management.port", 99999)));
        assertEquals(List.of("MOODBOT_INTAKE_MAX_ATTEMPTS must be at least 1, not 0"),
                problems(Map.of("moodbot.intake.max-attempts", 0)));
        assertEquals(List.of("MOODBOT_FETCH_MAX_REDIRECTS must be at least 0, not -1"),
                problems(Map.of("moodbot.fetch.max-redirects", -1)));
        assertEquals(List.of("MOODBOT_DRAIN_DELAY is '-5s', which is not a duration (0 or more) such as 500ms, 20s, 5m or 14d"),
                problems(Map.of("moodbot.drain.delay", "-5s")));
    }

    /** Micronaut's own refusal of these is a page of stack trace; a password in REDIS_URI is not repeated. */
    @Test
    void theListeningPortAndTheRedisAddressAreCheckedToo() {
        assertEquals(List.of("MOODBOT_PORT is 'abc', which is not a port from 0 to 65535"),
                problems(Map.of("micronaut.server.port", "abc")));
        assertEquals(List.of("MOODBOT_PORT is '99999', which is not a port from 0 to 65535"),
                problems(Map.of("micronaut.server.port", "99999")));
        List<String> redis = problems(Map.of("redis.uri", "secret-password@redis:6379"));
        assertEquals(1, redis.size(), redis.toString());
        assertTrue(redis.get(0).startsWith("REDIS_URI is not a Redis address such as redis://redis:6379")
                && !redis.get(0).contains("secret-password"), redis.get(0));
        assertEquals(List.of(), problems(Map.of("micronaut.server.port", "8080", "redis.uri", "redis://:pw@redis:6379/0")));
    }
}
