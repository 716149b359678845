package com.moodbot.messenger;

import com.moodbot.channel.Channel;
import com.moodbot.conversation.PersonIds;
import com.moodbot.ops.PublicUrlConfig;
import com.moodbot.conversation.LanguagePreferences;
import com.moodbot.recommend.ChannelHistories;
import io.micronaut.core.annotation.Nullable;
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
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Meta's data-deletion callback: {@code POST /privacy/deletion} with a form field {@code signed_request}.
 * Erases the person's recommendation history (the only thing kept about anyone) and answers with a
 * status URL under MOODBOT_PUBLIC_URL and a confirmation code, as Meta requires. A request signed
 * more than {@link DeletionConfig#maxAge()} ago is refused, so a captured one cannot be replayed
 * forever. Runs off the event loop: the history may live in Redis.
 */
@Controller("/privacy/deletion")
@ExecuteOn(TaskExecutors.BLOCKING)
public class DataDeletionController {

    private static final Logger LOG = LoggerFactory.getLogger(DataDeletionController.class);
    private final MessengerConfig config;
    private final DeletionConfig deletion;
    private final PublicUrlConfig publicUrl;
    private final ChannelHistories histories;
    private final LanguagePreferences languages;
    private final JsonMapper json;
    private final Clock clock;
    private final DeletionCodes codes;
    private final PersonIds personIds;

    public DataDeletionController(MessengerConfig config, DeletionConfig deletion, PublicUrlConfig publicUrl,
                                  ChannelHistories histories, JsonMapper json, Clock clock, PersonIds personIds,
                                  LanguagePreferences languages) {
        this.languages = languages;
        this.personIds = personIds;
        this.config = config;
        this.deletion = deletion;
        this.publicUrl = publicUrl;
        this.histories = histories;
        this.json = json;
        this.clock = clock;
        this.codes = config.configured() ? new DeletionCodes(config.appSecret()) : null;
    }

    @Serdeable
    public record Confirmation(String url, @Nullable String confirmation_code) {
    }

    @Serdeable
    public record Status(String confirmation_code, String status) {
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<Confirmation> delete(@Nullable String signed_request) {
        if (codes == null || publicUrl.base().isEmpty()) {
            LOG.warn("Data deletion request refused: {}", codes == null ? "Messenger is not configured"
                    : "MOODBOT_PUBLIC_URL is not set, so there is no status URL to give");
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
        String person = personIds.hash(Channel.MESSENGER, request.get().userId());
        try {
            histories.messenger().erase(person);
            languages.erase(person);
        } catch (RuntimeException e) {
            LOG.warn("Data deletion for person {} not done, the history store is unavailable ({}); Meta will retry",
                    person, e.getClass().getSimpleName());
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE);
        }
        String code = codes.issue();
        LOG.info("Erased the stored history of person {} (confirmation {})", person, code);
        return HttpResponse.ok(new Confirmation(publicUrl.base().get() + "/privacy/deletion/" + code, code));
    }

    /** Nothing about a person outlives the deletion, so every code this service issued reports completion. */
    @Get(value = "/{code}", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<Status> status(String code) {
        if (codes == null || !codes.issuedHere(code)) {
            return HttpResponse.notFound();
        }
        return HttpResponse.ok(new Status(code, "deleted"));
    }
}
