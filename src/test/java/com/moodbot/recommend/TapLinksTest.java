package com.moodbot.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.channel.Channel;
import com.moodbot.emotion.Emotion;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class TapLinksTest {

    private static final byte[] KEY = "tap-link:test".getBytes(StandardCharsets.UTF_8);
    private static final Instant ISSUED = Instant.parse("2026-11-01T12:00:00Z");

    private static TapLinks at(Instant now) {
        return new TapLinks(KEY, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void aTokenIsAcceptedFor30DaysAfterItWasIssued() {
        String token = at(ISSUED).token(Channel.MESSENGER, Category.FILM, Emotion.SAD, "paddington-2-2017");
        var tap = at(ISSUED.plus(Duration.ofDays(29))).verify(token).orElseThrow();
        assertEquals(new TapLinks.Tap(Category.FILM, Emotion.SAD, "paddington-2-2017", true, Channel.MESSENGER), tap);
        assertTrue(at(ISSUED.plus(TapLinks.VALID_FOR).plusSeconds(1)).verify(token).isEmpty(), "expired");
        assertTrue(at(ISSUED.minus(Duration.ofDays(2))).verify(token).isEmpty(), "issued in the future");
    }

    @Test
    void aTokenFromBeforeIssueTimesStillLeadsToItsItemButIsNotCounted() throws Exception {
        byte[] claim = "film|sad|paddington-2-2017".getBytes(StandardCharsets.UTF_8);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String legacy = b64.encodeToString(claim) + "." + b64.encodeToString(Arrays.copyOf(mac.doFinal(claim), 16));
        var tap = at(ISSUED).verify(legacy).orElseThrow();
        assertEquals("paddington-2-2017", tap.itemId());
        assertFalse(tap.countable());
    }

    @Test
    void aTokenSaysWhichChannelShowedTheCardAndOneFromBeforeChannelsStillCounts() throws Exception {
        var web = at(ISSUED).verify(at(ISSUED).token(Channel.WEB, Category.SONG, Emotion.HAPPY, "happy")).orElseThrow();
        assertEquals(Channel.WEB, web.channel());
        byte[] claim = ("2|" + ISSUED.getEpochSecond() + "|film|sad|paddington-2-2017").getBytes(StandardCharsets.UTF_8);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String before = b64.encodeToString(claim) + "." + b64.encodeToString(Arrays.copyOf(mac.doFinal(claim), 16));
        assertEquals(new TapLinks.Tap(Category.FILM, Emotion.SAD, "paddington-2-2017", true, null),
                at(ISSUED).verify(before).orElseThrow());
    }
}
