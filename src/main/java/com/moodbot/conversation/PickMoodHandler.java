package com.moodbot.conversation;

import com.moodbot.analytics.Usage;
import com.moodbot.metrics.MoodbotMetrics;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/**
 * The person's own mood: counted as a correction, then a card for it. The web page's picks are
 * counted apart on /admin only; the metric and /admin/status keep Messenger's.
 */
@Singleton
public class PickMoodHandler implements PayloadHandler<Payload.PickMood> {

    private final MoodCorrections corrections;
    private final Suggestions suggestions;
    private final MoodbotMetrics metrics;
    private final Usage usage;

    public PickMoodHandler(MoodCorrections corrections, Suggestions suggestions, MoodbotMetrics metrics,
                           Usage usage) {
        this.usage = usage;
        this.corrections = corrections;
        this.suggestions = suggestions;
        this.metrics = metrics;
    }

    @Override
    public List<Class<? extends Payload.PickMood>> types() {
        return List.of(Payload.PickMood.class);
    }

    @Override
    public List<Reply> handle(Turn turn, Payload.PickMood payload) {
        // the public web page cannot vouch for who picked: its corrections are shown apart, Messenger's alone
        // go to the metric and /admin/status
        if (turn.onWeb()) {
            usage.correctedOnWeb(payload.detected(), payload.mood());
        } else {
            corrections.record(payload.detected(), payload.mood());
            metrics.correction(payload.detected().label(), payload.mood().label());
            usage.corrected(payload.detected(), payload.mood());
        }
        List<Reply> replies = new ArrayList<>();
        replies.add(new Reply.Text(turn.say().gotIt(suggestions.moodLine(payload.mood(), turn.language()))));
        replies.addAll(suggestions.suggest(turn, payload.mood()));
        return replies;
    }
}
