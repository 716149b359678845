package com.moodbot.recommend;

import com.moodbot.i18n.Language;
import com.moodbot.i18n.Localized;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * A text in every language: {@code field: {en: ..., es: ...}}. Each missing language is a problem
 * at the field's line, as is each text over its limit. Where {@code sameInEveryLanguage} is
 * allowed (names: a film's title), a plain {@code field: "..."} stands for every language. A field
 * may add a rule each text obeys (a link's form), whose problem stands at that text's line.
 */
final class LocalizedReader {

    private static final String CODES = Arrays.stream(Language.values()).map(Language::code)
            .collect(Collectors.joining(", "));
    /** The rule of a field whose texts need only be within its limit. */
    static final Rule ANY_TEXT = (text, where) -> Optional.empty();

    /** What else a field's texts obey: a problem about {@code text}, named {@code where} ("url (es)"), or none. */
    interface Rule {
        Optional<CheckMessage> problem(String text, String where);
    }

    private final YamlFile yaml;

    LocalizedReader(YamlFile yaml) {
        this.yaml = yaml;
    }

    Optional<Localized> read(NodeTuple t, String field, boolean sameInEveryLanguage, int max, Rule rule) {
        Node value = t.getValueNode();
        if (!(value instanceof MappingNode)) {
            Optional<String> text = yaml.scalar(value, field).map(String::strip).filter(s -> !s.isEmpty());
            if (text.isEmpty()) {
                yaml.problem(value, "field.empty", field);
                return Optional.empty();
            }
            if (!sameInEveryLanguage) {
                yaml.problem(value, "field.every-language", field, CODES);
                return Optional.empty();
            }
            limit(value, field, null, text.get(), max);
            rule.problem(text.get(), field).ifPresent(p -> yaml.problem(value, p));
            return Optional.of(Localized.same(text.get()));
        }
        Map<String, NodeTuple> entries = yaml.mapping(value, "yaml.not-mapping", field).orElse(Map.of());
        Map<Language, String> texts = new EnumMap<>(Language.class);
        entries.forEach((code, entry) -> Language.ofCode(code).ifPresentOrElse(
                language -> yaml.scalar(entry.getValueNode(), field + " (" + code + ")").map(String::strip)
                        .filter(s -> !s.isEmpty()).ifPresentOrElse(text -> {
                            limit(entry.getValueNode(), field, language, text, max);
                            rule.problem(text, field + " (" + code + ")")
                                    .ifPresent(p -> yaml.problem(entry.getValueNode(), p));
                            texts.put(language, text);
                        }, () -> yaml.problem(entry.getValueNode(), "field.empty-in", code, field)),
                () -> yaml.problem(entry.getKeyNode(), "field.unknown-language", code, field, CODES)));
        for (Language language : Language.values()) {
            if (!entries.containsKey(language.code())) {
                yaml.problem(t.getKeyNode(), "field.missing-in", language.nativeName(), language.code(), field);
            }
        }
        return texts.size() == Language.values().length ? Optional.of(new Localized(texts)) : Optional.empty();
    }

    private void limit(Node node, String field, Language language, String text, int max) {
        int length = text.codePointCount(0, text.length());
        if (length > max) {
            if (language == null) {
                yaml.problem(node, "field.too-long", field, length, max);
            } else {
                yaml.problem(node, "field.too-long-in", field, language.code(), length, max);
            }
        }
    }
}
