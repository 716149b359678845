package com.moodbot.conversation;

import com.moodbot.analytics.Usage;
import com.moodbot.channel.Channel;
import com.moodbot.metrics.MoodbotMetrics;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/** The person's own mood: counted as a correction (Messenger only), then a card for it. */
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
        // the public web page cannot vouch for who picked: only Messenger people's corrections count
        if (turn.channel() == Channel.MESSENGER) {
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
