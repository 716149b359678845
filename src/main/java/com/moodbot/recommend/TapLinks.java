package com.moodbot.recommend;

import com.moodbot.channel.Channel;
import com.moodbot.emotion.Emotion;
import com.moodbot.i18n.Language;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed tokens for card buttons ({@code /go/TOKEN}, {@code /go/es/TOKEN} in Spanish: {@link #path}): which item,
 * category and mood was tapped, with a 128-bit HMAC so that a token nobody signed, or an edited one, is refused. A
 * token names a catalog item, never a URL, so {@code /go} can only ever redirect to a link in the catalogs. It
 * carries its issue time and the channel the card was shown on, and is accepted for {@link #VALID_FOR};
 * a token from before issue times still leads to its item but is not {@link Tap#countable()}.
 */
public final class TapLinks {

    /** What a valid token says; {@code channel} is null for tokens minted before channels were named. */
    public record Tap(Category category, Emotion mood, String itemId, boolean countable, Channel channel) {
    }

    public static final Duration VALID_FOR = Duration.ofDays(30);
    /** Instants of instances sharing the key may disagree a little. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final String VERSION = "3";
    private static final String WITHOUT_CHANNEL = "2";

    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();
    private static final int TAG_BYTES = 16;
    private final SecretKeySpec key;
    private final Clock clock;

    public TapLinks(byte[] key, Clock clock) {
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
        this.clock = clock;
    }

    /** The button's path: {@code /go/TOKEN} leads to the English link, {@code /go/es/TOKEN} to the Spanish one. */
    public static String path(Language language, String token) {
        return language == Language.EN ? "/go/" + token : "/go/" + language.code() + "/" + token;
    }

    /** The token of a {@link #path}. */
    public static String tokenOf(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    public String token(Channel channel, Category category, Emotion mood, String itemId) {
        byte[] claim = (VERSION + "|" + clock.instant().getEpochSecond() + "|" + channel.label() + "|" + category.label()
                + "|" + mood.label() + "|" + itemId).getBytes(StandardCharsets.UTF_8);
        return ENCODE.encodeToString(claim) + "." + ENCODE.encodeToString(tag(claim));
    }

    public Optional<Tap> verify(String token) {
        if (token == null || token.length() > 512) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        try {
            byte[] claim = DECODE.decode(token.substring(0, Math.max(dot, 0)));
            byte[] tag = DECODE.decode(token.substring(dot + 1));
            if (dot <= 0 || !MessageDigest.isEqual(tag(claim), tag)) {
                return Optional.empty();
            }
            String text = new String(claim, StandardCharsets.UTF_8);
            boolean issued = text.startsWith(VERSION + "|") || text.startsWith(WITHOUT_CHANNEL + "|");
            Channel channel = null;
            if (issued) {
                boolean named = text.startsWith(VERSION + "|");
                String[] head = text.split("\\|", named ? 4 : 3);
                Instant at = Instant.ofEpochSecond(Long.parseLong(head[1]));
                Instant now = clock.instant();
                if (head.length < 3 || now.isAfter(at.plus(VALID_FOR)) || at.isAfter(now.plus(CLOCK_SKEW))) {
                    return Optional.empty();
                }
                if (named) {
                    channel = Channel.parse(head[2]).orElse(null);
                    if (channel == null || head.length < 4) {
                        return Optional.empty();
                    }
                }
                text = head[named ? 3 : 2];
            }
            String[] parts = text.split("\\|", 3);
            Optional<Category> category = Category.parse(parts[0]);
            Optional<Emotion> mood = parts.length == 3 ? Emotion.parse(parts[1]) : Optional.empty();
            if (category.isEmpty() || mood.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Tap(category.get(), mood.get(), parts[2], issued, channel));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException malformed) {
            return Optional.empty();
        }
    }

    private byte[] tag(byte[] claim) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Arrays.copyOf(mac.doFinal(claim), TAG_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
