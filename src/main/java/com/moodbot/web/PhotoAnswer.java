package com.moodbot.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.moodbot.analysis.FacePrediction;
import com.moodbot.analysis.GroupMood;
import com.moodbot.analysis.PhotoAnalysis;
import com.moodbot.conversation.AnalysisView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The answer of {@code POST /api/analyze} to a photo it could read (with or without a face). */
@Serdeable
@Schema(name = "PhotoAnswer", requiredProperties = {"file", "width", "height", "faces", "facesTooSmall", "replies"})
public record PhotoAnswer(
        @Schema(description = "the upload's file name", example = "selfie.jpg") @Nullable String file,
        @Schema(description = "the photo's width in pixels", example = "800") int width,
        @Schema(description = "the photo's height in pixels", example = "600") int height,
        @Schema(description = "the faces read, largest first; the bot's replies are about the first")
        @JsonInclude(JsonInclude.Include.ALWAYS) List<Face> faces,
        @Schema(description = "faces found but too small to read", example = "0") int facesTooSmall,
        @Schema(description = "with 2 to 8 faces read, what the group looks like; the replies and the card are "
                + "then for the group's mood; absent otherwise")
        @Nullable Group group,
        @Schema(description = "the card's item; absent when the bot asks which mood it is, or found no face")
        @Nullable Recommendation recommendation,
        @Schema(description = "what the bot says, in the language of Accept-Language: the same as on Messenger")
        @JsonInclude(JsonInclude.Include.ALWAYS) List<AnalysisView.ReplyView> replies) {

    @Serdeable
    @Schema(name = "Face", requiredProperties = {"x", "y", "width", "height", "emotion", "confidence", "probabilities"})
    public record Face(
            @Schema(description = "the box's left edge in pixels; the box lies within the photo") int x,
            @Schema(description = "the box's top edge in pixels") int y,
            int width,
            int height,
            @Schema(description = "the likeliest mood", example = "happy") String emotion,
            @Schema(description = "its probability", example = "0.91") float confidence,
            @Schema(description = "each of the seven moods' probability, summing to 1") Map<String, Float> probabilities) {

        static Face of(FacePrediction p, int photoWidth, int photoHeight) {
            AnalysisView.FaceView v = AnalysisView.FaceView.of(p, photoWidth, photoHeight);
            return new Face(v.x(), v.y(), v.width(), v.height(), v.emotion(), v.confidence(), v.probabilities());
        }
    }

    @Serdeable
    @Schema(name = "Group", requiredProperties = {"faces", "mood", "moods"})
    public record Group(
            @Schema(description = "the faces of the group: those at least half as large as the largest", example = "3")
            int faces,
            @Schema(description = "the most common mood (ties go to the higher summed confidence): the card's",
                    example = "happy") String mood,
            @Schema(description = "how many faces show each mood, the most common first") Map<String, Integer> moods) {

        static Group of(GroupMood group) {
            Map<String, Integer> moods = new LinkedHashMap<>();
            group.tallies().forEach(t -> moods.put(t.mood().label(), t.faces()));
            return new Group(group.faces(), group.mood().label(), moods);
        }
    }

    @Serdeable
    @Schema(name = "Recommendation", requiredProperties = {"category", "id", "title", "description", "url", "image"})
    public record Recommendation(
            @Schema(example = "film") String category,
            @Schema(description = "the item's id in its catalog", example = "amelie") String id,
            @Schema(description = "in the language of the replies") String title,
            String description,
            @Schema(description = "the item's own link, in the replies' language") String url,
            @Schema(description = "the card's picture: an https URL, or a path on this service") String image) {
    }

    static PhotoAnswer of(@Nullable String file, PhotoAnalysis analysis, @Nullable Recommendation recommendation,
                          @JsonInclude(JsonInclude.Include.ALWAYS) List<AnalysisView.ReplyView> replies) {
        return new PhotoAnswer(file, analysis.width(), analysis.height(),
                analysis.faces().stream().map(f -> Face.of(f, analysis.width(), analysis.height())).toList(),
                analysis.tooSmall(),
                analysis.group().map(Group::of).orElse(null), recommendation, replies);
    }
}
