package com.moodbot.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
        assertEquals(List.of("MOODBOT_DRAIN_TIMEOUT is '3', which is not a duration such as 500ms, 20s, 5m or 14d",
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
    }
}
