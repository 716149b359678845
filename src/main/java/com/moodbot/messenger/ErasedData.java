package com.moodbot.messenger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a data deletion erased, per kind: recommendation lists, language choices, events accepted and
 * not yet answered, and (with Redis) the lines that keep a person's events in order. Usage counts
 * are kept per hour and kind, never per person, so there is nothing of anyone's to erase there.
 */
public record ErasedData(int historyLists, int languageChoices, int pendingEvents, int orderingLines) {

    public static final ErasedData NOTHING = new ErasedData(0, 0, 0, 0);

    public ErasedData plus(ErasedData other) {
        return new ErasedData(historyLists + other.historyLists, languageChoices + other.languageChoices,
                pendingEvents + other.pendingEvents, orderingLines + other.orderingLines);
    }

    /** The counts as the status page names them. */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("recommendation_history_lists", historyLists);
        counts.put("language_choices", languageChoices);
        counts.put("pending_events", pendingEvents);
        counts.put("ordering_lines", orderingLines);
        return counts;
    }

    /** One sentence for people: "erased 2 recommendation history lists, 1 language choice". */
    public String summary() {
        List<String> parts = new ArrayList<>();
        add(parts, historyLists, "recommendation history list", "recommendation history lists");
        add(parts, languageChoices, "language choice", "language choices");
        add(parts, pendingEvents, "message not yet answered", "messages not yet answered");
        add(parts, orderingLines, "ordering line", "ordering lines");
        return parts.isEmpty() ? "nothing was stored for this person" : "erased " + String.join(", ", parts);
    }

    private static void add(List<String> parts, int n, String one, String many) {
        if (n > 0) {
            parts.add(n + " " + (n == 1 ? one : many));
        }
    }
}
