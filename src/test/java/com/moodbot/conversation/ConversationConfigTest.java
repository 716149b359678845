package com.moodbot.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.context.ApplicationContext;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConversationConfigTest {

    @Test
    void theServiceRunsWithTheDefaultsUnlessTheThresholdsAreSet() {
        try (ApplicationContext context = ApplicationContext.run()) {
            assertEquals(ConversationConfig.DEFAULTS, context.getBean(ConversationConfig.class));
        }
        try (ApplicationContext context = ApplicationContext.run(Map.of("moodbot.conversation.unsure-below", "0.4",
                "moodbot.conversation.ask-margin", "0.05"))) {
            assertEquals(new ConversationConfig(0.4, 0.05), context.getBean(ConversationConfig.class));
        }
    }
}
