package com.moodbot.messenger;

import com.moodbot.i18n.Language;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a data deletion erased, per kind: recommendation lists, language settings, events accepted and
 * not yet answered, and (with Redis) the lines that keep a person's events in order. Usage counts
 * are kept per hour and kind, never per person, so there is nothing of anyone's to erase there.
 */
public record ErasedData(int historyLists, int languageSettings, int pendingEvents, int orderingLines) {

    public static final ErasedData NOTHING = new ErasedData(0, 0, 0, 0);

    public ErasedData plus(ErasedData other) {
        return new ErasedData(historyLists + other.historyLists, languageSettings + other.languageSettings,
                pendingEvents + other.pendingEvents, orderingLines + other.orderingLines);
    }

    /** The counts as the status page names them. */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("recommendation_history_lists", historyLists);
        counts.put("language_settings", languageSettings);
        counts.put("pending_events", pendingEvents);
        counts.put("ordering_lines", orderingLines);
        return counts;
    }

    /** One sentence for people: "erased 2 recommendation history lists, 1 language setting". */
    public String summary() {
        return summary(Language.EN);
    }

    /** The same in {@code language}: "borrado: 2 listas de sugerencias, 1 ajuste de idioma". */
    public String summary(Language language) {
        boolean es = language == Language.ES;
        List<String> parts = new ArrayList<>();
        add(parts, historyLists, es ? "lista de sugerencias" : "recommendation history list",
                es ? "listas de sugerencias" : "recommendation history lists");
        add(parts, languageSettings, es ? "ajuste de idioma" : "language setting",
                es ? "ajustes de idioma" : "language settings");
        add(parts, pendingEvents, es ? "mensaje sin responder" : "message not yet answered",
                es ? "mensajes sin responder" : "messages not yet answered");
        add(parts, orderingLines, es ? "línea de orden" : "ordering line", es ? "líneas de orden" : "ordering lines");
        if (parts.isEmpty()) {
            return es ? "no había nada guardado de esta persona" : "nothing was stored for this person";
        }
        return (es ? "borrado: " : "erased ") + String.join(", ", parts);
    }

    private static void add(List<String> parts, int n, String one, String many) {
        if (n > 0) {
            parts.add(n + " " + (n == 1 ? one : many));
        }
    }
}
