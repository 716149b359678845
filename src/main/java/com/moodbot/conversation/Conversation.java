package com.moodbot.conversation;

import com.moodbot.analysis.FacePrediction;
import com.moodbot.analysis.PhotoAnalysis;
import com.moodbot.analysis.PhotoAnalyzer;
import com.moodbot.analysis.PhotoSlots;
import com.moodbot.emotion.Emotion;
import com.moodbot.recommend.Category;
import com.moodbot.recommend.Recommendation;
import com.moodbot.recommend.Recommender;
import com.moodbot.vision.ImageRejectedException;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that knows every stage: an event in, the replies out. Channel-neutral; Messenger
 * and the web page both call it. Every failure becomes a kind reply and one log line.
 */
@Singleton
public class Conversation {

    private static final Logger LOG = LoggerFactory.getLogger(Conversation.class);
    private final ImageFetcher fetcher;
    private final PhotoAnalyzer analyzer;
    private final Recommender recommender;
    private final MoodCorrections corrections;
    private final ConversationConfig config;
    private final PhotoSlots photoSlots;

    public Conversation(ImageFetcher fetcher, PhotoAnalyzer analyzer, Recommender recommender,
                        MoodCorrections corrections, ConversationConfig config, PhotoSlots photoSlots) {
        this.fetcher = fetcher;
        this.analyzer = analyzer;
        this.recommender = recommender;
        this.corrections = corrections;
        this.config = config;
        this.photoSlots = photoSlots;
    }

    public List<Reply> handle(InboundEvent event) {
        String who = PersonId.hash(event.person());
        try {
            if (event instanceof InboundEvent.Photo photo) {
                List<Reply> replies = new ArrayList<>();
                for (String url : photo.imageUrls()) {
                    replies.addAll(photo(who, url));
                }
                return replies;
            }
            if (event instanceof InboundEvent.Choice choice) {
                return choice(who, choice.payload());
            }
            if (event instanceof InboundEvent.Text text) {
                return text.text().strip().equalsIgnoreCase("help") ? List.of(new Reply.Text(Phrases.HELP))
                        : List.of(new Reply.Text(Phrases.SEND_SELFIE));
            }
            if (event instanceof InboundEvent.Sticker) {
                return List.of(new Reply.Text(Phrases.STICKER));
            }
            return List.of(new Reply.Text(Phrases.SEND_SELFIE));
        } catch (RuntimeException e) {
            LOG.error("Failed to answer {} from person {}", event.getClass().getSimpleName(), who, e);
            return List.of(new Reply.Text(Phrases.BROKE));
        }
    }

    /** Replies for a photo already in memory. */
    public List<Reply> photo(String who, byte[] bytes) {
        return photoSlots.run(() -> analyse(who, bytes));
    }

    private List<Reply> analyse(String who, byte[] bytes) {
        try {
            return analysed(who, analyzer.analyze(bytes));
        } catch (ImageRejectedException e) {
            return rejected(who, e);
        }
    }

    /** The kind answer to a photo we could not use; the reason goes to the log. */
    public List<Reply> rejected(String who, ImageRejectedException e) {
        LOG.info("Photo from person {} not usable: {} ({})", who, e.reason(), e.getMessage());
        return List.of(new Reply.Text(Phrases.rejected(e.reason())));
    }

    /** Replies for an analysis already made (lets the web channel show the analysis too). */
    public List<Reply> analysed(String who, PhotoAnalysis analysis) {
        Optional<FacePrediction> main = analysis.main();
        if (main.isEmpty()) {
            LOG.info("No readable face for person {} ({} too small)", who, analysis.tooSmall());
            return List.of(new Reply.Text(analysis.tooSmall() > 0 ? Phrases.FACE_TOO_SMALL : Phrases.NO_FACE));
        }
        FacePrediction face = main.get();
        boolean unsure = face.confidence() < config.unsureBelow();
        LOG.info("Person {}: {} ({}%), {} face(s)", who, face.emotion().label(), Math.round(face.confidence() * 100),
                analysis.faces().size());
        List<Reply> replies = new ArrayList<>();
        replies.add(new Reply.Text(Phrases.mood(face.emotion(), face.confidence(), unsure,
                recommender.moodLine(face.emotion()), analysis.faces().size())));
        replies.addAll(recommend(who, face.emotion(), recommender.firstCategory(face.emotion()), face.emotion()));
        return replies;
    }

    private List<Reply> photo(String who, String url) {
        return photoSlots.run(() -> {
            try {
                return analyse(who, fetcher.fetch(url));
            } catch (ImageRejectedException e) {
                return rejected(who, e);
            }
        });
    }

    private List<Reply> choice(String who, String raw) {
        Optional<Payload> payload = Payload.parse(raw);
        if (payload.isEmpty()) {
            LOG.info("Unknown payload from person {}", who);
            return List.of(new Reply.Text(Phrases.HELP));
        }
        Payload p = payload.get();
        if (p instanceof Payload.More more) {
            return recommend(who, more.mood(), more.category(), more.mood());
        }
        if (p instanceof Payload.Switch sw) {
            return recommend(who, sw.mood(), sw.category(), sw.mood());
        }
        if (p instanceof Payload.NotMyMood wrong) {
            List<Reply.QuickReply> moods = Arrays.stream(Emotion.values())
                    .map(e -> new Reply.QuickReply(Phrases.title(e), new Payload.PickMood(e, wrong.detected()).encode()))
                    .toList();
            return List.of(new Reply.Text(Phrases.PICK_MOOD, moods));
        }
        if (p instanceof Payload.PickMood pick) {
            corrections.record(pick.detected(), pick.mood());
            List<Reply> replies = new ArrayList<>();
            replies.add(new Reply.Text("Got it. " + recommender.moodLine(pick.mood())));
            replies.addAll(recommend(who, pick.mood(), recommender.firstCategory(pick.mood()), pick.mood()));
            return replies;
        }
        return List.of(new Reply.Text(p instanceof Payload.GetStarted ? Phrases.GREETING : Phrases.HELP));
    }

    private List<Reply> recommend(String who, Emotion mood, Category category, Emotion shownMood) {
        Optional<Recommendation> pick = recommender.recommend(who, mood, category);
        if (pick.isEmpty()) {
            return List.of(new Reply.Text(Phrases.NOTHING_LEFT, quickReplies(shownMood, category)));
        }
        Recommendation r = pick.get();
        return List.of(new Reply.Card(r.item().title(), r.item().description(), r.item().image(),
                Phrases.button(category), r.item().url(), quickReplies(shownMood, category)));
    }

    private List<Reply.QuickReply> quickReplies(Emotion mood, Category current) {
        List<Reply.QuickReply> quick = new ArrayList<>();
        quick.add(new Reply.QuickReply("🔁 Another one", new Payload.More(mood, current).encode()));
        for (Category c : recommender.categories(mood)) {
            if (c != current) {
                quick.add(new Reply.QuickReply(Phrases.categoryTitle(c), new Payload.Switch(mood, c).encode()));
            }
        }
        for (Category c : Category.values()) {
            if (c != current && !recommender.categories(mood).contains(c)) {
                quick.add(new Reply.QuickReply(Phrases.categoryTitle(c), new Payload.Switch(mood, c).encode()));
            }
        }
        quick.add(new Reply.QuickReply("🤔 Not my mood", new Payload.NotMyMood(mood).encode()));
        return quick;
    }
}
