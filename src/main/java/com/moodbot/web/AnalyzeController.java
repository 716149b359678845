package com.moodbot.web;

import com.moodbot.http.BodyCap;
import com.moodbot.channel.Channel;
import com.moodbot.conversation.Conversation;
import com.moodbot.i18n.Language;
import io.micronaut.http.HttpHeaders;
import com.moodbot.conversation.AnalysisView;
import com.moodbot.conversation.PersonIds;
import com.moodbot.conversation.PhotoReplies;
import com.moodbot.conversation.Reply;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /api/analyze}: a photo upload (multipart field {@code image}) in, the faces, the
 * emotion with per-class probabilities, and the same replies the Messenger channel would send.
 * Works without any Facebook credentials. Uploads are admitted first by {@link WebAdmissionFilter}
 * (429 with Retry-After when refused) and never wait on Messenger's photo slots.
 */
@Controller("/api")
public class AnalyzeController {

    private final PhotoReplies photos;
    private final PersonIds personIds;
    private final Conversation conversation;

    public AnalyzeController(PhotoReplies photos, PersonIds personIds, Conversation conversation) {
        this.conversation = conversation;
        this.personIds = personIds;
        this.photos = photos;
    }

    @Post(value = "/analyze", consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    @WebLimited
    @SameOrigin
    @BodyCap(BodyCap.Size.PHOTO)
    public HttpResponse<AnalysisView> analyze(CompletedFileUpload image,
                                              @Header("X-Moodbot-Session") @Nullable String session,
                                              @Header(HttpHeaders.ACCEPT_LANGUAGE) @Nullable String acceptLanguage) {
        String who = personIds.hash(Channel.WEB, WebSession.person(session));
        byte[] bytes;
        try {
            bytes = image.getBytes();
        } catch (IOException e) {
            return HttpResponse.badRequest(AnalysisView.failed(image.getFilename(), "upload could not be read", null));
        }
        PhotoReplies.Answer answer = photos.answerHeld(conversation.turn(who, Channel.WEB, Language.fromAcceptLanguage(acceptLanguage)), () -> bytes);
        List<Reply> replies = answer.replies();
        if (answer.analysis().isEmpty()) {
            String reason = answer.rejected().map(e -> e.reason().code()).orElse("unreadable");
            return HttpResponse.<AnalysisView>status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(AnalysisView.failed(image.getFilename(), reason, replies));
        }
        Optional<AnalysisView.RecommendationView> card = replies.stream().filter(Reply.Card.class::isInstance)
                .map(Reply.Card.class::cast).findFirst().map(c -> new AnalysisView.RecommendationView(
                        null, null, c.title(), c.subtitle(), c.buttonUrl(), c.imageUrl().orElse(null)));
        return HttpResponse.ok(AnalysisView.of(image.getFilename(), answer.analysis().get(), card, replies));
    }
}
