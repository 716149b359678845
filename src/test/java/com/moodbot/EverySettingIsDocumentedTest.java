package com.moodbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every setting of every {@code @ConfigurationProperties} record, as the environment variable that sets
 * it ({@code moodbot.fetch} + {@code maxBytes} = {@code MOODBOT_FETCH_MAX_BYTES}), is named in
 * README.md's Configuration table or in docs/operations.md.
 */
class EverySettingIsDocumentedTest {

    private static String variable(String prefix, String component) {
        String words = (prefix + "." + component.replaceAll("([A-Z])", "-$1")).toUpperCase(Locale.ROOT);
        return words.replace('.', '_').replace('-', '_');
    }

    @Test
    void everyConfigurationRecordSettingIsNamedInTheDocs() throws Exception {
        Path classes = Path.of(Application.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String docs = Files.readString(Path.of("README.md")) + Files.readString(Path.of("docs/operations.md"));
        List<String> settings = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().startsWith("$"))
                    .toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                ConfigurationProperties config = type.getAnnotation(ConfigurationProperties.class);
                if (config != null && type.isRecord()) {
                    for (RecordComponent c : type.getRecordComponents()) {
                        settings.add(variable(config.value(), c.getName()));
                    }
                }
            }
        }
        assertTrue(settings.contains("MOODBOT_FETCH_MAX_BYTES") && settings.size() > 40, "the records were found: " + settings);
        assertEquals(List.of(), settings.stream().filter(v -> !Pattern.compile("\\b" + v + "\\b").matcher(docs).find())
                .sorted().toList(), "settings no doc names (as a whole word)");
    }
}
