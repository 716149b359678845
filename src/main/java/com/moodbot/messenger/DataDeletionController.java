package com.moodbot.messenger;

import com.moodbot.conversation.PersonId;
import com.moodbot.recommend.HistoryStore;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Meta's data-deletion callback: {@code POST /privacy/deletion} with a form field {@code signed_request}.
 * Erases the person's recommendation history (the only thing kept about anyone) and answers with a
 * status URL and confirmation code, as Meta requires.
 */
@Controller("/privacy/deletion")
public class DataDeletionController {

    private static final Logger LOG = LoggerFactory.getLogger(DataDeletionController.class);
    private final MessengerConfig config;
    private final HistoryStore history;
    private final JsonMapper json;

    public DataDeletionController(MessengerConfig config, HistoryStore history, JsonMapper json) {
        this.config = config;
        this.history = history;
        this.json = json;
    }

    @Serdeable
    public record Confirmation(String url, @Nullable String confirmation_code) {
    }

    @Serdeable
    public record Status(String confirmation_code, String status) {
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<Confirmation> delete(HttpRequest<?> request, @Nullable String signed_request) {
        if (!config.configured()) {
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE);
        }
        Optional<String> user = SignedRequest.userId(signed_request, config.appSecret(), json);
        if (user.isEmpty()) {
            LOG.warn("Data deletion request refused: bad or missing signed_request");
            return HttpResponse.status(HttpStatus.FORBIDDEN);
        }
        String person = PersonId.hash(user.get());
        history.erase(person);
        String code = HexFormat.of().formatHex(new SecureRandom().generateSeed(8));
        LOG.info("Erased the stored history of person {} (confirmation {})", person, code);
        String base = Optional.ofNullable(request.getHeaders().get("X-Forwarded-Proto")).orElse("https") + "://"
                + Optional.ofNullable(request.getHeaders().get("Host")).orElse("localhost");
        return HttpResponse.ok(new Confirmation(base + "/privacy/deletion/" + code, code));
    }

    /** Nothing about a person outlives the deletion, so every code reports completion. */
    @Get(value = "/{code}", produces = MediaType.APPLICATION_JSON)
    public Status status(String code) {
        return new Status(code.replaceAll("[^0-9a-f]", ""), "deleted");
    }
}
