package com.moodbot.conversation;

import com.moodbot.analysis.FacePrediction;
import com.moodbot.analysis.GroupMood;
import com.moodbot.analysis.PhotoAnalysis;
import com.moodbot.analysis.PhotoAnalyzer;
import com.moodbot.analysis.PhotoSlots;
import com.moodbot.analytics.Usage;
import com.moodbot.emotion.Emotion;
import com.moodbot.emotion.ShownProbability;
import com.moodbot.metrics.MoodbotMetrics;
import com.moodbot.vision.ImageRejectedException;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answer to a photo: the mood and a card; a question with the likely moods when the read is
 * unsure ({@link UnsureRule}); or a kind word on why it could not be read. A photo with 2 to 8 faces
 * read is answered for the group ({@link GroupMood}): what it looks like, then a card for groups.
 */
@Singleton
public class PhotoReplies {

    /** Where a photo's bytes come from (a download, an upload); may reject them. */
    @FunctionalInterface
    public interface Source {
        byte[] bytes() throws ImageRejectedException;
    }

    /** The analysis (absent when the photo was rejected, with the reason) and the replies to send. */
    public record Answer(Optional<PhotoAnalysis> analysis, Optional<ImageRejectedException> rejected,
                         List<Reply> replies) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(PhotoReplies.class);
    private final PhotoAnalyzer analyzer;
    private final Suggestions suggestions;
    private final ConversationConfig config;
    private final PhotoSlots slots;
    private final MoodbotMetrics metrics;
    private final Usage usage;

    public PhotoReplies(PhotoAnalyzer analyzer, Suggestions suggestions, ConversationConfig config, PhotoSlots slots,
                        MoodbotMetrics metrics, Usage usage) {
        this.metrics = metrics;
        this.usage = usage;
        this.analyzer = analyzer;
        this.suggestions = suggestions;
        this.config = config;
        this.slots = slots;
    }

    /**
     * Gets and analyses the photo, for a caller that admitted the work itself (the web channel, with its own slots),
     * with the analysis kept for the caller's own view of it.
     */
    public Answer answerHeld(Turn turn, Source source) {
        return held(turn, source, true);
    }

    private Answer held(Turn turn, Source source, boolean mayAsk) {
        String who = turn.who();
        try {
            PhotoAnalysis analysis = analyzer.analyze(source.bytes());
            return new Answer(Optional.of(analysis), Optional.empty(), analysed(turn, analysis, mayAsk));
        } catch (ImageRejectedException e) {
            LOG.info("Photo from person {} not usable: {} ({})", who, e.reason(), e.getMessage());
            metrics.photo(e.reason().code());
            usage.photo(turn.channel(), e.reason().code());
            return new Answer(Optional.empty(), Optional.of(e), List.of(new Reply.Text(turn.say().rejected(e.reason()))));
        }
    }

    /**
     * Gets and analyses the photo while holding one of the (Messenger) photo slots. {@code mayAsk} false: an unsure
     * read is answered with its top mood as a guess, for a photo answered before others of its message (Messenger
     * and Instagram show the quick replies of the latest message only, so the question could not be answered).
     */
    public List<Reply> photo(Turn turn, Source source, boolean mayAsk) {
        return slots.run(() -> held(turn, source, mayAsk)).replies();
    }

    private List<Reply> analysed(Turn turn, PhotoAnalysis analysis, boolean mayAsk) {
        String who = turn.who();
        Optional<FacePrediction> main = analysis.main();
        if (main.isEmpty()) {
            LOG.info("No readable face for person {} ({} too small)", who, analysis.tooSmall());
            metrics.photo(analysis.tooSmall() > 0 ? "too_small" : "no_face");
            usage.photo(turn.channel(), analysis.tooSmall() > 0 ? "too_small" : "no_face");
            return List.of(new Reply.Text(analysis.tooSmall() > 0 ? turn.say().faceTooSmall() : turn.say().noFace()));
        }
        FacePrediction face = main.get();
        Optional<GroupMood> group = analysis.group();
        Emotion mood = group.map(GroupMood::mood).orElse(face.emotion());
        boolean unsure = group.isEmpty() && UnsureRule.shouldAsk(face.probabilities(), config);
        boolean ask = mayAsk && unsure;
        metrics.photo("face");
        metrics.emotion(mood.label());
        usage.photo(turn.channel(), "face");
        usage.mood(mood);
        LOG.info("Person {}: {} ({}), {} face(s){}", who, mood.label(),
                group.isPresent() ? "the group's" : ShownProbability.percent(face.confidence()) + "%",
                analysis.faces().size(),
                ask ? ", asked" : "");
        int faces = analysis.faces().size();
        if (ask) {
            metrics.asked(face.emotion().label());
            return List.of(ask(turn.say(), face, faces));
        }
        List<Reply> replies = new ArrayList<>();
        if (group.isPresent()) {
            replies.add(new Reply.Text(GroupLine.of(group.get()).in(turn.language()) + " "
                    + suggestions.moodLine(mood, turn.language())));
            replies.addAll(suggestions.suggestForGroup(turn, mood));
            return replies;
        }
        String line = suggestions.moodLine(face.emotion(), turn.language());
        replies.add(new Reply.Text(turn.say().mood(face.emotion(), face.confidence(), !unsure, line, faces)));
        replies.addAll(suggestions.suggest(turn, face.emotion()));
        return replies;
    }

    /** "Happy or surprised?": the likely moods as quick replies, then "something else" (the full list). */
    private Reply ask(Phrases say, FacePrediction face, int faces) {
        List<Emotion> likely = UnsureRule.likely(face.probabilities(), config);
        List<Reply.QuickReply> quick = new ArrayList<>(Reply.QuickReply.forMoods(say, likely,
                mood -> new Payload.MoodAnswer(mood, face.emotion())));
        List<Emotion> declined = likely.stream().filter(m -> m != face.emotion()).toList();
        quick.add(new Reply.QuickReply(say.somethingElse(),
                new Payload.NotMyMood(face.emotion(), false, declined, Optional.empty()).encode()));
        return new Reply.Text(say.ask(likely, faces), quick);
    }
}
