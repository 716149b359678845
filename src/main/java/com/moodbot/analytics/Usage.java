package com.moodbot.analytics;

import com.moodbot.channel.Channel;
import com.moodbot.emotion.Emotion;
import com.moodbot.recommend.Category;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.function.Function;

/**
 * What admins see on {@code /admin}: photos by result, detected moods, cards shown and tapped per
 * item, and "not my mood" corrections, counted per hour. Never who: no person id is stored. Photos
 * and cards count towards every channel's total, and the web page's and Instagram's also apart
 * ({@code photo_web}, {@code shown_instagram}...), so totals from before the split stay right.
 */
@Singleton
public class Usage {

    static final String SEP = "|";
    private final UsageCounters counters;
    private final Clock clock;

    @Inject
    public Usage(UsageCounters counters) {
        this(counters, Clock.systemUTC());
    }

    Usage(UsageCounters counters, Clock clock) {
        this.counters = counters;
        this.clock = clock;
    }

    long hourNow() {
        return clock.millis() / 3_600_000L;
    }

    /** @param result face, no_face, too_small, or why the photo could not be read */
    public void photo(Channel channel, String result) {
        count("photo", result);
        if (channel != Channel.MESSENGER) {
            count("photo_" + channel.label(), result);
        }
    }

    public void mood(Emotion mood) {
        count("mood", mood.label());
    }

    public void cardShown(Channel channel, Category category, Emotion mood, String item) {
        count("shown", category.label(), mood.label(), item);
        if (channel != Channel.MESSENGER) {
            count("shown_" + channel.label(), category.label());
        }
    }

    /** @param channel where the card was shown; null for links that do not say */
    public void cardTapped(Channel channel, Category category, Emotion mood, String item) {
        count("tap", category.label(), mood.label(), item);
        if (channel != null && channel != Channel.MESSENGER) {
            count("tap_" + channel.label(), category.label());
        }
    }

    /** Messenger's and Instagram's "not my mood" picks, together; Instagram's also apart. */
    public void corrected(Channel channel, Emotion detected, Emotion chosen) {
        count("wrong", detected.label(), chosen.label());
        if (channel == Channel.INSTAGRAM) {
            count("wrong_instagram", detected.label(), chosen.label());
        }
    }

    /** The web page's, kept apart: the public page cannot vouch for who picked or what the bot saw. */
    public void correctedOnWeb(Emotion detected, Emotion chosen) {
        count("wrong_web", detected.label(), chosen.label());
    }

    private void count(String... parts) {
        counters.add(hourNow(), String.join(SEP, parts), 1);
    }

    /** The last {@code hours} hours, this one included ({@link Period#last}), and the period before. */
    public UsageReport report(int hours, Function<String, String> titles) {
        Period period = Period.last(hours, hourNow());
        return UsageReport.of(period, counters.read(period.previous().from(), period.to()), titles);
    }
}
