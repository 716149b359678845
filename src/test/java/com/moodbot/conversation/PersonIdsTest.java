package com.moodbot.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PersonIdsTest {

    @Test
    void theHashNeedsTheKeySoAGuessedIdCannotBeChecked() {
        PersonIds a = new PersonIds("key-a".getBytes(StandardCharsets.UTF_8));
        PersonIds b = new PersonIds("key-b".getBytes(StandardCharsets.UTF_8));
        assertEquals(a.hash("1234567890"), a.hash("1234567890"), "stable under one key");
        assertNotEquals(a.hash("1234567890"), b.hash("1234567890"), "another key, another hash");
        assertNotEquals(a.hash("1234567890"), a.hash("1234567891"));
        assertTrue(a.hash("1").matches("[0-9a-f]{16}"));
    }

    @Test
    void theKeyComesFromItsSettingElseFromTheAppSecretSoInstancesAgree() {
        String withKey;
        String withKeyElsewhere;
        String fromSecret;
        try (ApplicationContext c = ApplicationContext.run(Map.of("moodbot.person-id.key", "k1"))) {
            withKey = c.getBean(PersonIds.class).hash("42");
        }
        try (ApplicationContext c = ApplicationContext.run(Map.of("moodbot.person-id.key", "k1",
                "moodbot.messenger.app-secret", "s"))) {
            withKeyElsewhere = c.getBean(PersonIds.class).hash("42");
        }
        try (ApplicationContext c = ApplicationContext.run(Map.of("moodbot.messenger.app-secret", "s"))) {
            fromSecret = c.getBean(PersonIds.class).hash("42");
        }
        assertEquals(withKey, withKeyElsewhere, "the explicit key wins over the app secret");
        assertNotEquals(withKey, fromSecret);
    }
}
