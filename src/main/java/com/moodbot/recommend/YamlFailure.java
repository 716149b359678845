package com.moodbot.recommend;

import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/** Where a file SnakeYAML refused goes wrong and what to tell the person who edits it. */
public record YamlFailure(int line, CheckMessage what) {

    /** {@code text} is what was parsed: a refused character's line is counted from it. */
    public static YamlFailure of(YAMLException e, String text) {
        if (e instanceof MarkedYAMLException marked) {
            int line = marked.getProblemMark() == null ? 1 : marked.getProblemMark().getLine() + 1;
            return new YamlFailure(line, CheckMessage.of("yaml.syntax", marked.getProblem()));
        }
        if (e instanceof ReaderException refused) {
            long breaks = text.codePoints().limit(refused.getPosition()).filter(c -> c == '\n').count();
            String code = String.format("U+%04X", refused.getCodePoint());
            return new YamlFailure((int) breaks + 1, CheckMessage.of("yaml.character", code));
        }
        return new YamlFailure(1, CheckMessage.of("yaml.limit", e.getMessage()));
    }
}
