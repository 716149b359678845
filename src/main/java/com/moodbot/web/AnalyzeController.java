package com.moodbot.web;

import com.moodbot.channel.Channel;
import com.moodbot.conversation.AnalysisView;
import com.moodbot.conversation.Conversation;
import com.moodbot.conversation.PersonIds;
import com.moodbot.conversation.PhotoReplies;
import com.moodbot.conversation.Reply;
import com.moodbot.conversation.Turn;
import com.moodbot.http.BodyCap;
import com.moodbot.i18n.Language;
import com.moodbot.recommend.CatalogService;
import com.moodbot.recommend.TapLinks;
import com.moodbot.web.problem.Problem;
import com.moodbot.web.problem.ProblemCode;
import com.moodbot.web.problem.Problems;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /api/analyze}: a photo upload (multipart field {@code image}) in, the faces with their moods,
 * the recommendation and the same replies the Messenger channel would send out ({@link PhotoAnswer}); every
 * error a {@link Problem}. Works without any Facebook credentials. Uploads are admitted first by
 * {@link WebAdmissionFilter} (429 with Retry-After when refused) and never wait on Messenger's photo slots.
 */
@Controller("/api")
public class AnalyzeController {

    private final PhotoReplies photos;
    private final PersonIds personIds;
    private final Conversation conversation;
    private final TapLinks taps;
    private final CatalogService catalogs;
    private final Problems problems;

    public AnalyzeController(PhotoReplies photos, PersonIds personIds, Conversation conversation, TapLinks taps,
                             CatalogService catalogs, Problems problems) {
        this.conversation = conversation;
        this.personIds = personIds;
        this.photos = photos;
        this.taps = taps;
        this.catalogs = catalogs;
        this.problems = problems;
    }

    @Post(value = "/analyze", consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    @WebLimited
    @SameOrigin
    @BodyCap(BodyCap.Size.PHOTO)
    @Operation(summary = "Read the mood on a photo and answer it",
            description = "The photo (JPEG, PNG, GIF, BMP or WebP, at most 8 MiB) as the multipart part `image`. "
                    + "Replies come in the language of Accept-Language (en or es).")
    @ApiResponse(responseCode = "200", description = "the photo was read; `faces` is empty when it shows none",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PhotoAnswer.class)))
    @ApiResponse(responseCode = "4XX", description = "400 no `image` part or an unreadable upload; 403 posted from "
            + "another site; 408 not received within the upload deadline; 413 over 8 MiB; 415 not multipart; "
            + "422 not a photo the bot can open (code: empty, corrupt, too_large, unsupported_format); "
            + "429 too many uploads, with Retry-After",
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "5XX", description = "the server failed",
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> analyze(HttpRequest<?> request, CompletedFileUpload image,
                                   @Header("X-Moodbot-Session") @Nullable String session,
                                   @Header(HttpHeaders.ACCEPT_LANGUAGE) @Nullable String acceptLanguage) {
        UploadArrival.arrived(request);
        String who = personIds.hash(Channel.WEB, WebSession.person(session));
        byte[] bytes;
        try {
            bytes = image.getBytes();
        } catch (IOException e) {
            return problems.response(request, ProblemCode.BAD_REQUEST, "the upload could not be read");
        }
        Turn turn = conversation.turn(who, Channel.WEB, Language.fromAcceptLanguage(acceptLanguage));
        PhotoReplies.Answer answer = photos.answerHeld(turn, () -> bytes);
        List<Reply> replies = answer.replies();
        if (answer.analysis().isEmpty()) {
            String code = answer.rejected().map(e -> e.reason().code()).orElse("corrupt");
            return Problems.respond(Problems.unusablePhoto(code, "the photo could not be read: " + code, text(replies)));
        }
        PhotoAnswer.Recommendation recommendation = replies.stream().filter(Reply.Card.class::isInstance)
                .map(Reply.Card.class::cast).findFirst().flatMap(card -> recommendation(card, turn.language()))
                .orElse(null);
        return HttpResponse.ok(PhotoAnswer.of(image.getFilename(), answer.analysis().get(), recommendation,
                replies.stream().map(AnalysisView.ReplyView::of).toList()));
    }

    /** The card's item, named by the token of its tracked link, with its link in the reply's language. */
    private Optional<PhotoAnswer.Recommendation> recommendation(Reply.Card card, Language language) {
        return taps.verify(TapLinks.tokenOf(card.tapPath())).flatMap(tap -> catalogs.current()
                .item(tap.category(), tap.itemId()).map(item -> new PhotoAnswer.Recommendation(tap.category().label(),
                        item.id(), card.title(), card.subtitle(), item.url().in(language),
                        card.imageUrl().orElse(card.picture()))));
    }

    private static String text(List<Reply> replies) {
        return replies.stream().filter(Reply.Text.class::isInstance).map(r -> ((Reply.Text) r).text())
                .findFirst().orElse("");
    }
}
