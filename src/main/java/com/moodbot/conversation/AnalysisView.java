package com.moodbot.conversation;

import static com.moodbot.emotion.ShownProbability.fourDecimals;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.moodbot.analysis.FacePrediction;
import com.moodbot.analysis.PhotoAnalysis;
import com.moodbot.emotion.Emotion;
import com.moodbot.recommend.Recommendation;
import com.moodbot.vision.FaceBox;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** JSON shape of an analysed photo, shared by {@code POST /api/analyze} and {@code predict --json}. */
@Serdeable
public record AnalysisView(
        @Nullable String file,
        int width,
        int height,
        int faces,
        int facesTooSmall,
        @Nullable String emotion,
        @Nullable Float confidence,
        @Nullable Map<String, Float> probabilities,
        List<FaceView> allFaces,
        @Nullable RecommendationView recommendation,
        @Nullable List<ReplyView> replies,
        @Nullable String error) {

    @Serdeable
    public record FaceView(int x, int y, int width, int height, String emotion, float confidence,
                           Map<String, Float> probabilities) {
        public static FaceView of(FacePrediction p, int photoWidth, int photoHeight) {
            FaceBox.Pixels box = p.box().within(photoWidth, photoHeight);
            return new FaceView(box.x(), box.y(), box.width(), box.height(), p.emotion().label(),
                    fourDecimals(p.confidence()), probabilitiesOf(p));
        }
    }

    @Serdeable
    public record RecommendationView(@Nullable String category, @Nullable String id, String title, String description, String url,
                                     @Nullable String image) {
        public static RecommendationView of(Recommendation r) {
            return new RecommendationView(r.category().label(), r.item().id(), r.item().title().english(), r.item().description().english(),
                    r.item().url().english(), r.item().image().orElse(null));
        }
    }

    /** A reply as the web page renders it: text or card, with quick replies. */
    @Serdeable
    public record ReplyView(String type, @Nullable String text, @Nullable String title, @Nullable String subtitle,
                            @Nullable String imageUrl, @Nullable String buttonTitle, @Nullable String buttonUrl,
                            @JsonInclude(JsonInclude.Include.ALWAYS) List<Reply.QuickReply> quickReplies) {
        public static ReplyView of(Reply reply) {
            return reply.accept(new Reply.Visitor<>() {
                @Override
                public ReplyView text(Reply.Text t) {
                    return new ReplyView("text", t.text(), null, null, null, null, null, t.quickReplies());
                }

                @Override
                public ReplyView card(Reply.Card c) {
                    return new ReplyView("card", null, c.title(), c.subtitle(), c.imageUrl().orElse(c.picture()),
                            c.buttonTitle(), c.tapPath(), c.quickReplies());
                }
            });
        }
    }

    public static AnalysisView of(@Nullable String file, PhotoAnalysis analysis, Optional<RecommendationView> recommendation,
                                  @Nullable List<Reply> replies) {
        Optional<FacePrediction> main = analysis.main();
        return new AnalysisView(file, analysis.width(), analysis.height(), analysis.faces().size(), analysis.tooSmall(),
                main.map(p -> p.emotion().label()).orElse(null),
                main.map(p -> fourDecimals(p.confidence())).orElse(null),
                main.map(AnalysisView::probabilitiesOf).orElse(null),
                analysis.faces().stream().map(f -> FaceView.of(f, analysis.width(), analysis.height())).toList(),
                recommendation.orElse(null),
                replies == null ? null : replies.stream().map(ReplyView::of).toList(), null);
    }

    public static AnalysisView failed(@Nullable String file, String error, @Nullable List<Reply> replies) {
        return new AnalysisView(file, 0, 0, 0, 0, null, null, null, List.of(), null,
                replies == null ? null : replies.stream().map(ReplyView::of).toList(), error);
    }

    /** Each mood's probability to four decimals, in the moods' order, as the web API and the chat page show them. */
    static Map<String, Float> probabilitiesOf(FacePrediction p) {
        Map<String, Float> m = new LinkedHashMap<>();
        for (Emotion e : Emotion.values()) {
            m.put(e.label(), fourDecimals(p.probability(e)));
        }
        return m;
    }
}
