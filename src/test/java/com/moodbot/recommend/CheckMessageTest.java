package com.moodbot.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.i18n.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CheckMessageTest {

    private static final Pattern VALUE = Pattern.compile("\\{(\\d)}");

    private static Properties texts(Language language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = CheckMessageTest.class.getResourceAsStream("/i18n/catalog-check_" + language.code() + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> values(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = VALUE.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void everyFindingIsWrittenInEveryLanguageWithTheSameValues() throws IOException {
        Properties english = texts(Language.EN);
        for (Language language : Language.values()) {
            Properties texts = texts(language);
            assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(texts.stringPropertyNames()),
                    language.code() + " has the same keys as en");
            for (String key : english.stringPropertyNames()) {
                assertEquals(values(english.getProperty(key)), values(texts.getProperty(key)), language.code() + " " + key);
                String[] filler = {"a", "b", "c", "d"};
                String text = new CheckMessage(key, List.of(filler)).in(language);
                assertTrue(!text.contains("{") || key.equals("field.every-language") || key.equals("policy.learning-not-mapping"),
                        key + " renders every value: " + text);
                if (language != Language.EN) {
                    assertNotEquals(new CheckMessage(key, List.of(filler)).in(Language.EN), text, key + " is translated");
                }
            }
        }
    }

    @Test
    void quotesAndBracesComeOutAsWritten() {
        assertEquals("duplicate id 'x' (first used on line 12)", CheckMessage.of("item.duplicate-id", "x", 12).toString());
        assertEquals("id 'x' repetido (usado antes en la línea 12)", CheckMessage.of("item.duplicate-id", "x", 12).in(Language.ES));
        assertEquals("description needs every language (en, es): write it as description: {en: \"...\", es: \"...\"}",
                CheckMessage.of("field.every-language", "description", "en, es").toString());
        assertEquals("image images/big.png is 9000000 bytes, over Messenger's 8 MiB",
                CheckMessage.of("image.too-big", "images/big.png", 9_000_000).toString(), "numbers as written, no grouping");
    }
}
