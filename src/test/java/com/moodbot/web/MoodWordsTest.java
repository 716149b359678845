package com.moodbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.moodbot.conversation.Phrases;
import com.moodbot.emotion.Emotion;
import com.moodbot.i18n.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The pages name a mood as the bot's replies do: the admin pages' table and the chat page's own. */
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
