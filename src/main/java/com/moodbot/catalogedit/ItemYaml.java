package com.moodbot.catalogedit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An item written as the catalog files write it: {@code - id: ...} at the list's indentation, texts
 * in double quotes, both languages of a description, a title or link in one string when both languages agree.
 */
final class ItemYaml {

    /** Words that stay unquoted in a flow list ({@code moods: [happy, sad]}) and still read as text. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9 _-]*");
    /** A link that reads back as itself unquoted: no space, quote, comment, flow character or final colon. */
    private static final Pattern PLAIN_URL = Pattern.compile("https?://[^\\s\"'#\\\\\\[\\]{},]*(?<!:)");
    private static final List<String> NOT_TEXT = List.of("true", "false", "yes", "no", "on", "off", "null", "y", "n");

    private ItemYaml() {
    }

    /**
     * @param dash   how far the item's {@code -} is indented
     * @param fields how far its fields are indented (the column of {@code id})
     */
    static List<String> lines(ItemForm item, int dash, int fields) {
        String in = " ".repeat(fields);
        List<String> lines = new ArrayList<>();
        lines.add(" ".repeat(dash) + "-" + " ".repeat(Math.max(1, fields - dash - 1)) + "id: " + word(item.id()));
        inEveryLanguage(lines, in, "title", quoted(item.titleEn()), quoted(item.titleEs()), true);
        inEveryLanguage(lines, in, "description", quoted(item.descriptionEn()), quoted(item.descriptionEs()), false);
        lines.add(in + "moods: " + list(item.moods()));
        if (item.weight() != 1.0) {
            lines.add(in + "weight: " + number(item.weight()));
        }
        inEveryLanguage(lines, in, "url", url(item.urlEn()), url(item.urlEs()), true);
        if (item.image() != null) {
            lines.add(in + "image: " + quoted(item.image()));
        }
        if (!item.tags().isEmpty()) {
            lines.add(in + "tags: " + list(item.tags()));
        }
        if (item.pinned()) {
            lines.add(in + "pin: true");
        }
        if (item.group()) {
            lines.add(in + "group: true");
        }
        return lines;
    }

    /** {@code key: text} where {@code oneForBoth} and the texts agree, else an {@code en:}/{@code es:} pair below. */
    private static void inEveryLanguage(List<String> lines, String in, String key, String en, String es,
                                        boolean oneForBoth) {
        if (oneForBoth && en.equals(es)) {
            lines.add(in + key + ": " + en);
        } else {
            lines.addAll(List.of(in + key + ":", in + "  en: " + en, in + "  es: " + es));
        }
    }

    private static String url(String url) {
        return PLAIN_URL.matcher(url).matches() ? url : quoted(url);
    }

    private static String list(List<String> words) {
        return "[" + String.join(", ", words.stream().map(ItemYaml::word).toList()) + "]";
    }

    private static String word(String text) {
        boolean plain = (PLAIN.matcher(text).matches() || text.matches("[a-z0-9][a-z0-9-]*"))
                && !NOT_TEXT.contains(text.toLowerCase(java.util.Locale.ROOT)) && !text.matches("[0-9.eE+-]+");
        return plain ? text : quoted(text);
    }

    private static String number(double weight) {
        return weight == Math.rint(weight) && Math.abs(weight) < 1e15 ? Long.toString((long) weight)
                : Double.toString(weight);
    }

    /** A YAML double-quoted scalar: JSON's escapes, which YAML reads the same way. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }
}
