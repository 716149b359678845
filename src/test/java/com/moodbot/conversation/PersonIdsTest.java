package com.moodbot.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.channel.Channel;
import io.micronaut.context.ApplicationContext;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class PersonIdsTest {

    @Test
    void theHashNeedsTheKeySoAGuessedIdCannotBeChecked() {
        PersonIds a = new PersonIds("key-a".getBytes(StandardCharsets.UTF_8));
        PersonIds b = new PersonIds("key-b".getBytes(StandardCharsets.UTF_8));
        assertEquals(a.hash(Channel.MESSENGER, "1234567890"), a.hash(Channel.MESSENGER, "1234567890"), "stable under one key");
        assertNotEquals(a.hash(Channel.MESSENGER, "1234567890"), b.hash(Channel.MESSENGER, "1234567890"), "another key, another hash");
        assertNotEquals(a.hash(Channel.MESSENGER, "1234567890"), a.hash(Channel.MESSENGER, "1234567891"));
        assertTrue(a.hash(Channel.MESSENGER, "1").matches("[0-9a-f]{16}"));
    }

    @Test
    void aMessengerIdHashesAsBeforeChannelsSoStoredHistoryIsStillFound() throws Exception {
        byte[] key = "key-a".getBytes(StandardCharsets.UTF_8);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        String before = HexFormat.of().formatHex(mac.doFinal("person:1234567890".getBytes(StandardCharsets.UTF_8)), 0, 8);
        assertEquals(before, new PersonIds(key).hash(Channel.MESSENGER, "1234567890"));
    }

    @Test
    void theSameIdOnTwoChannelsIsTwoPeople() {
        PersonIds ids = new PersonIds("key-a".getBytes(StandardCharsets.UTF_8));
        assertNotEquals(ids.hash(Channel.MESSENGER, "42"), ids.hash(Channel.WEB, "42"));
    }

    @Test
    void theKeyComesFromItsSettingElseFromTheAppSecretSoInstancesAgree() {
        String withKey;
        String withKeyElsewhere;
        String fromSecret;
        try (ApplicationContext c = ApplicationContext.run(Map.of("moodbot.person-id.key", "k1"))) {
            withKey = c.getBean(PersonIds.class).hash(Channel.MESSENGER, "42");
        }
        try (ApplicationContext c = ApplicationContext.run(Map.of("moodbot.person-id.key", "k1",
                "moodbot.messenger.app-secret", "s"))) {
            withKeyElsewhere = c.getBean(PersonIds.class).hash(Channel.MESSENGER, "42");
        }
        try (ApplicationContext c = ApplicationContext.run(Map.of("moodbot.messenger.app-secret", "s"))) {
            fromSecret = c.getBean(PersonIds.class).hash(Channel.MESSENGER, "42");
        }
        assertEquals(withKey, withKeyElsewhere, "the explicit key wins over the app secret");
        assertNotEquals(withKey, fromSecret);
    }
}
