package com.moodbot.conversation;

import com.moodbot.analytics.Usage;
import com.moodbot.channel.Channel;
import com.moodbot.emotion.Emotion;
import com.moodbot.metrics.MoodbotMetrics;
import com.moodbot.recommend.Category;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A mood the person gave us (picked from the list, or the answer to "happy or surprised?"): counted
 * as a correction of the mood read (no photo, no person; the web page's apart), then a card for it.
 */
@Singleton
public class ChosenMood {

    private final MoodCorrections corrections;
    private final Suggestions suggestions;
    private final MoodbotMetrics metrics;
    private final Usage usage;
    private final LastOffered offered;

    public ChosenMood(MoodCorrections corrections, Suggestions suggestions, MoodbotMetrics metrics, Usage usage,
                      LastOffered offered) {
        this.offered = offered;
        this.corrections = corrections;
        this.suggestions = suggestions;
        this.metrics = metrics;
        this.usage = usage;
    }

    /**
     * @param group the card corrected was a group photo's: the new one comes from the items for groups too
     * @param shown the category of the card corrected, which the new one keeps; without one, the mood's first
     */
    public List<Reply> answer(Turn turn, Emotion detected, Emotion chosen, boolean group, Optional<Category> shown) {
        // the public web page cannot vouch for who picked: its corrections are shown apart on /admin,
        // Messenger's and Instagram's alone go to the metric and /admin/status
        if (turn.channel() == Channel.WEB) {
            usage.correctedOnWeb(detected, chosen);
        } else {
            corrections.record(detected, chosen);
            metrics.correction(detected.label(), chosen.label());
            usage.corrected(turn.channel(), detected, chosen);
        }
        return cardFor(turn, chosen, shown, group);
    }

    /**
     * "Got it: sad." with the mood's line, then a card for it; counted as nothing (a mood typed in words). Without a
     * category, the kind the person was just asked a mood for is the card's, introduced as its button's would be.
     */
    public List<Reply> cardFor(Turn turn, Emotion mood, Optional<Category> category, boolean group) {
        Optional<Category> asked = category.isPresent() ? Optional.empty() : offered.takeAsked(turn);
        if (asked.isPresent() && !group) {
            return kindCard(turn, mood, asked.get());
        }
        String line = suggestions.moodLine(mood, turn.language());
        return after(turn.say().gotIt(mood, line),
                suggestions.suggestGiven(turn, mood, category.or(() -> asked), group));
    }

    /** The same for a kind named with the mood, which answers the kind's question if the person was asked one. */
    public List<Reply> cardFor(Turn turn, Emotion mood, Category category) {
        offered.takeAsked(turn);
        return kindCard(turn, mood, category);
    }

    /** "A film for when you're feeling sad." with the mood's line, then a card of the category asked for. */
    private List<Reply> kindCard(Turn turn, Emotion mood, Category category) {
        String line = suggestions.moodLine(mood, turn.language());
        List<Reply> card = suggestions.suggestGiven(turn, mood, Optional.of(category), false);
        return after(turn.say().kindFor(category, mood, line), card);
    }

    private static List<Reply> after(String words, List<Reply> card) {
        List<Reply> replies = new ArrayList<>();
        replies.add(new Reply.Text(words));
        replies.addAll(card);
        return replies;
    }
}
