package com.moodbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.conversation.Phrases;
import com.moodbot.emotion.Emotion;
import com.moodbot.i18n.Language;
import com.moodbot.recommend.Category;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Moods are named as the bot's replies name them: the admin pages' table and the chat page's own; and where the
 * catalogs' keys differ (neutral, fear), catalog check's message and the catalogs' headers give the bot's word.
 * The chat page's greeting names the kinds of suggestion as the bot's greeting does.
 */
class MoodWordsTest {

    private static final Path PUBLIC = Path.of("src/main/resources/public");
    private static final Pattern PAIR = Pattern.compile("(\\w+): '([^']*)'");

    @Test
    void theAdminPagesAndTheChatPageUseTheBotsMoodWordsInEveryLanguage() throws Exception {
        String table = Files.readString(PUBLIC.resolve("mood-words.js"));
        String chat = Files.readString(PUBLIC.resolve("chat.js"));
        for (Language language : Language.values()) {
            Map<String, String> bot = new LinkedHashMap<>();
            for (Emotion e : Emotion.values()) {
                bot.put(e.label(), Phrases.of(language).moodName(e));
            }
            assertEquals(bot, words(table, language.code() + ": {", 0), "mood-words.js, " + language);
            assertEquals(bot, words(chat, "moods: {", language.ordinal()), "chat.js, " + language);
        }
    }

    @Test
    void theChatPagesGreetingNamesEachKindAsTheBotsGreetingDoesInEveryLanguage() throws Exception {
        String chat = Files.readString(PUBLIC.resolve("chat.js"));
        for (Language language : Language.values()) {
            Map<String, String> bot = new LinkedHashMap<>();
            for (Category c : Category.values()) {
                bot.put(c.label(), Phrases.of(language).categoryTitle(c));
            }
            assertEquals(bot, words(chat, "kinds: {", language.ordinal()), "chat.js, " + language);
        }
    }

    @Test
    void theCatalogsMessagesAndHeadersGiveTheBotsWordForEachKeyThatDiffers() throws Exception {
        String english = unknownMood("en");
        String spanish = unknownMood("es");
        for (Emotion e : Emotion.values()) {
            String en = Phrases.of(Language.EN).moodName(e);
            String es = Phrases.of(Language.ES).moodName(e);
            if (!en.equals(e.label())) {
                assertTrue(english.contains(en), "catalog check's unknown mood names '" + en + "': " + english);
                for (String file : List.of("films.yml", "songs.yml", "food.yml", "places.yml")) {
                    String header = Files.readString(Path.of("recommendations", file)).lines()
                            .takeWhile(l -> l.startsWith("#")).collect(Collectors.joining(" "));
                    assertTrue(header.contains(en), file + "'s header names '" + en + "'");
                }
            }
            assertTrue(spanish.matches(".*\\b" + es + "( es)? " + e.label() + "\\b.*"),
                    "in Spanish, '" + es + "' is written " + e.label() + ": " + spanish);
        }
    }

    private static String unknownMood(String language) throws Exception {
        Properties messages = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/i18n/catalog-check_" + language + ".properties"))) {
            messages.load(in);
        }
        return messages.getProperty("mood.unknown");
    }

    /** The {@code key: 'word'} pairs of the {@code nth} block that opens with {@code opening}. */
    private static Map<String, String> words(String js, String opening, int nth) {
        int start = -1;
        for (int i = 0; i <= nth; i++) {
            start = js.indexOf(opening, start + 1);
        }
        Matcher m = PAIR.matcher(js.substring(start, js.indexOf('}', start)));
        Map<String, String> words = new LinkedHashMap<>();
        while (m.find()) {
            words.put(m.group(1), m.group(2));
        }
        return words;
    }
}
