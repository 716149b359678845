package com.moodbot.conversation;

import com.moodbot.analytics.Usage;
import com.moodbot.emotion.Emotion;
import com.moodbot.i18n.Language;
import com.moodbot.metrics.MoodbotMetrics;
import com.moodbot.ops.PublicUrlConfig;
import com.moodbot.recommend.CardArt;
import com.moodbot.recommend.CatalogItem;
import com.moodbot.recommend.LocalImages;
import com.moodbot.recommend.Category;
import com.moodbot.recommend.Recommendation;
import com.moodbot.recommend.Recommender;
import com.moodbot.recommend.TapLinks;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A recommendation card for a mood and category, with the quick replies that go under it. With a
 * public URL the card shows the bot's art (unless the item has its own picture) and its button goes
 * through {@code /go}, which counts the tap and redirects to the item's link.
 */
@Singleton
public class Suggestions {

    private final Recommender recommender;
    private final MoodbotMetrics metrics;
    private final PublicUrlConfig publicUrl;
    private final TapLinks taps;
    private final Usage usage;
    private final LastOffered offered;

    public Suggestions(Recommender recommender, MoodbotMetrics metrics, PublicUrlConfig publicUrl, TapLinks taps,
                       Usage usage, LastOffered offered) {
        this.usage = usage;
        this.offered = offered;
        this.recommender = recommender;
        this.metrics = metrics;
        this.publicUrl = publicUrl;
        this.taps = taps;
    }

    /** A card for a mood read from a photo, of the kind the person was asked a mood for, else the mood's first. */
    public List<Reply> suggest(Turn turn, Emotion mood) {
        return card(turn, mood, askedOrFirst(turn, mood), false, false);
    }

    /** The same, for a group photo. */
    public List<Reply> suggestForGroup(Turn turn, Emotion mood) {
        return card(turn, mood, askedOrFirst(turn, mood), true, false);
    }

    /** The card a quick reply asks for. */
    public List<Reply> suggest(Turn turn, Payload.Suggestion asked) {
        return card(turn, asked.mood(), asked.category(), asked.group(), asked.given());
    }

    /**
     * A card for a mood the person gave, of {@code category} or else the mood's own first (the kind they were asked
     * a mood for is the caller's to read: {@link ChosenMood}); for a group photo's, from its items.
     */
    public List<Reply> suggestGiven(Turn turn, Emotion mood, Optional<Category> category, boolean group) {
        return card(turn, mood, category.orElseGet(() -> recommender.firstCategory(mood)), group, true);
    }

    private Category askedOrFirst(Turn turn, Emotion mood) {
        return offered.takeAsked(turn).orElseGet(() -> recommender.firstCategory(mood));
    }

    /**
     * For a {@code group} photo, a card from the items marked for groups where the mood has some; for a mood the
     * person {@code given}, no "not my mood" under it. Its buttons are kept for words typed instead of a tap
     * ({@link LastOffered}).
     */
    private List<Reply> card(Turn turn, Emotion mood, Category category, boolean group, boolean given) {
        String who = turn.who();
        Phrases say = turn.say();
        long t0 = System.nanoTime();
        Optional<Recommendation> pick = group ? recommender.recommend(turn.channel(), who, mood, category, true)
                : recommender.recommend(turn.channel(), who, mood, category);
        metrics.stage("recommend", System.nanoTime() - t0);
        List<Reply.QuickReply> buttons = quickReplies(say, mood, category, group, given);
        offered.shown(turn, buttons);
        if (pick.isEmpty()) {
            return List.of(new Reply.Text(say.nothingLeft(), buttons));
        }
        CatalogItem item = pick.get().item();
        String picture = item.image().map(i -> LocalImages.isLocal(i) ? LocalImages.PATH + i : i)
                .orElse(CardArt.path(category, mood, turn.language()));
        Optional<String> base = publicUrl.base();
        Optional<String> image = picture.startsWith("/") ? base.map(b -> b + picture) : Optional.of(picture);
        String tapPath = TapLinks.path(turn.language(), taps.token(turn.channel(), category, mood, item.id()));
        usage.cardShown(turn.channel(), category, mood, item.id());
        String button = base.map(b -> b + tapPath).orElse(item.url().in(turn.language()));
        Reply card = new Reply.Card(item.title().in(turn.language()), item.description().in(turn.language()), image,
                picture, say.button(category), button, tapPath, buttons);
        return pick.get().startedOver() ? List.of(new Reply.Text(say.startingOver(category)), card) : List.of(card);
    }

    public String moodLine(Emotion mood, Language language) {
        return recommender.moodLine(mood).in(language);
    }

    /**
     * Another one; the mood's categories, then the rest (for groups still, after a group's card); "not my mood" under
     * a mood read.
     */
    private List<Reply.QuickReply> quickReplies(Phrases say, Emotion mood, Category current, boolean group,
                                                boolean given) {
        List<Reply.QuickReply> quick = new ArrayList<>();
        quick.add(new Reply.QuickReply(say.another(), new Payload.More(mood, current, group, given).encode()));
        List<Category> ordered = new ArrayList<>(recommender.categories(mood));
        for (Category c : Category.values()) {
            if (!ordered.contains(c)) {
                ordered.add(c);
            }
        }
        for (Category c : ordered) {
            if (c != current) {
                Payload.Switch other = new Payload.Switch(mood, c, group, given);
                quick.add(new Reply.QuickReply(say.categoryTitle(c), other.encode()));
            }
        }
        if (!given) {
            Payload wrong = new Payload.NotMyMood(mood, group, List.of(), Optional.of(current));
            quick.add(new Reply.QuickReply(say.notMyMood(), wrong.encode()));
        }
        return quick;
    }
}
