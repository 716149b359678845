package com.moodbot.messenger;

import com.moodbot.channel.Channel;
import com.moodbot.i18n.DefaultLanguageConfig;
import com.moodbot.i18n.Language;
import com.moodbot.ops.PublicUrlConfig;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Meta's data-deletion callback: {@code POST /privacy/deletion} with a form field {@code signed_request}.
 * Meta names the person by their app-scoped id; what is kept about them is kept under their
 * Page-scoped (Messenger) ids, which the Graph API's {@code ids_for_pages} gives. Everything under
 * either is erased ({@link PersonErasure}), and the answer is a status URL under MOODBOT_PUBLIC_URL
 * with a confirmation code that carries what was erased. A request signed more than
 * {@link DeletionConfig#maxAge()} ago is refused, so a captured one cannot be replayed forever. When
 * the ids cannot be looked up or a store cannot answer, the answer is 503 and Meta retries. Only
 * Messenger's ids are erased: Instagram-scoped ids are another id space that Meta's app-scoped id
 * does not lead to, and the same number there is someone else. Runs off the event loop: the Graph
 * API and Redis are called.
 */
@Controller("/privacy/deletion")
@ExecuteOn(TaskExecutors.BLOCKING)
public class DataDeletionController {

    private static final Logger LOG = LoggerFactory.getLogger(DataDeletionController.class);
    private final MessengerConfig config;
    private final DeletionConfig deletion;
    private final PublicUrlConfig publicUrl;
    private final PageScopedIds pageScopedIds;
    private final PersonErasure erasure;
    private final JsonMapper json;
    private final Clock clock;
    private final DeletionCodes codes;
    private final DefaultLanguageConfig defaultLanguage;

    public DataDeletionController(MessengerConfig config, DeletionConfig deletion, PublicUrlConfig publicUrl,
                                  PageScopedIds pageScopedIds, PersonErasure erasure, JsonMapper json, Clock clock,
                                  DefaultLanguageConfig defaultLanguage) {
        this.config = config;
        this.deletion = deletion;
        this.publicUrl = publicUrl;
        this.pageScopedIds = pageScopedIds;
        this.erasure = erasure;
        this.json = json;
        this.clock = clock;
        this.defaultLanguage = defaultLanguage;
        this.codes = config.configured() ? new DeletionCodes(config.appSecret()) : null;
    }

    @Serdeable
    public record Confirmation(String url, @Nullable String confirmation_code) {
    }

    /** {@code status}: one sentence, "erased 2 recommendation history lists, ..." or "nothing was stored for this person". */
    @Serdeable
    public record Status(String confirmation_code, String status, Map<String, Integer> erased) {
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<Confirmation> delete(@Nullable String signed_request) {
        if (codes == null || publicUrl.base().isEmpty() || !pageScopedIds.configured()) {
            LOG.warn("Data deletion request refused: {}", codes == null ? "Messenger is not configured"
                    : publicUrl.base().isEmpty() ? "MOODBOT_PUBLIC_URL is not set, so there is no status URL to give"
                    : "MOODBOT_MESSENGER_APP_ID is not set, so Meta's app-scoped id cannot be mapped to Messenger ids");
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE);
        }
        Optional<SignedRequest.Verified> request = SignedRequest.verify(signed_request, config.appSecret(), json);
        if (request.isEmpty()) {
            LOG.warn("Data deletion request refused: bad or missing signed_request");
            return HttpResponse.status(HttpStatus.FORBIDDEN);
        }
        Instant now = clock.instant();
        Instant issued = request.get().issuedAt();
        if (issued.isBefore(now.minus(deletion.maxAge())) || issued.isAfter(now.plus(deletion.maxClockSkew()))) {
            LOG.warn("Data deletion request refused: signed at {}, outside the accepted window", issued);
            return HttpResponse.status(HttpStatus.FORBIDDEN);
        }
        String appScopedId = request.get().userId();
        PageScopedIds.Lookup lookup = pageScopedIds.of(appScopedId);
        if (lookup instanceof PageScopedIds.Failed failed) {
            LOG.warn("Data deletion not done: the Graph API did not give the Page-scoped ids ({}); Meta will retry",
                    failed.why());
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE);
        }
        var pageIds = ((PageScopedIds.Found) lookup).ids();
        Set<String> ids = new LinkedHashSet<>();
        ids.add(appScopedId);
        ids.addAll(pageIds);
        ErasedData erased;
        try {
            erased = erasure.erase(Channel.MESSENGER, ids);
        } catch (RuntimeException e) {
            LOG.warn("Data deletion not done, a store is unavailable ({}); Meta will retry", e.getClass().getSimpleName());
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE);
        }
        String code = codes.issue(erased);
        LOG.info("Data deletion for an app-scoped id and its {} Page-scoped id(s): {} (confirmation {})",
                pageIds.size(), erased.summary(), code);
        return HttpResponse.ok(new Confirmation(publicUrl.base().get() + "/privacy/deletion/" + code, code));
    }

    /**
     * What was erased, read from the code itself: any instance answers, and nothing about the person is
     * kept. JSON, or for a browser (the person following Facebook's link) a page in their language.
     */
    @Get(value = "/{code}", produces = {MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    public HttpResponse<?> status(String code, HttpRequest<?> request) {
        Optional<ErasedData> erased = codes == null ? Optional.empty() : codes.read(code);
        if (request.accept().stream().anyMatch(t -> t.equals(MediaType.TEXT_HTML_TYPE))) {
            Language language = defaultLanguage.forAcceptLanguage(request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE));
            return HttpResponse.status(erased.isPresent() ? HttpStatus.OK : HttpStatus.NOT_FOUND)
                    .body(DeletionStatusPage.html(language, code, erased)).contentType(MediaType.TEXT_HTML_TYPE);
        }
        return erased.<HttpResponse<?>>map(e -> HttpResponse.ok(new Status(code, e.summary(), e.counts()))
                        .contentType(MediaType.APPLICATION_JSON_TYPE))
                .orElseGet(HttpResponse::notFound);
    }
}
