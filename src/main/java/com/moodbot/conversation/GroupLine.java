package com.moodbot.conversation;

import com.moodbot.analysis.GroupMood;
import com.moodbot.i18n.Language;
import com.moodbot.i18n.Localized;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a group photo looks like, in every language: "3 faces: 2 happy, 1 surprised. For the group: happy." A tie
 * for the most faces goes to the mood read more surely ({@link GroupMood#tied}), and the line says so.
 */
final class GroupLine {

    private GroupLine() {
    }

    static Localized of(GroupMood group) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            texts.put(language, in(group, language));
        }
        return new Localized(texts);
    }

    private static String in(GroupMood group, Language language) {
        Phrases say = Phrases.of(language);
        // Spanish names moods with nouns: "2 con alegría", as "veo alegría" does
        String with = language == Language.ES ? "con " : "";
        String counts = group.tallies().stream().map(t -> t.faces() + " " + with + say.moodName(t.mood()))
                .collect(Collectors.joining(", "));
        String mood = say.moodName(group.mood());
        return switch (language) {
            case EN -> group.faces() + " faces: " + counts + ". For the group: " + mood
                    + (group.tied() ? " (a tie, so I picked the one I'm surest of)." : ".");
            case ES -> group.faces() + " caras: " + counts + ". Para el grupo: " + mood
                    + (group.tied() ? " (hay empate, así que he elegido el estado de ánimo que veo más claro)." : ".");
        };
    }
}
