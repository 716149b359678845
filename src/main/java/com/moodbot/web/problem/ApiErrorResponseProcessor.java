package com.moodbot.web.problem;

import com.moodbot.http.SimplePage;
import com.moodbot.i18n.Language;
import com.moodbot.logging.LogSafe;
import com.moodbot.logging.LogThrottle;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The framework's own error answers (a missing multipart part, 404, 405, 415, a body over
 * {@code micronaut.server.max-request-size}, an exception no one handled) as {@link Problem}s on {@code /api/*};
 * elsewhere, for browsers, the same message in the site's own frame with a way to the chat page (Micronaut's page
 * has an inline style, which the Content-Security-Policy blocks), else JSON as Micronaut's default processor answers.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public class ApiErrorResponseProcessor implements ErrorResponseProcessor<Object> {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrorResponseProcessor.class);
    private static final Pattern MISSING_ARGUMENT =
            Pattern.compile("Required argument \\[(?:\\S+ )*(\\w+)\\] not specified");
    private final LogThrottle refusals = new LogThrottle(Duration.ofSeconds(10));
    private final Problems problems;
    private final JsonErrorResponseBodyProvider<?> json;

    public ApiErrorResponseProcessor(Problems problems, JsonErrorResponseBodyProvider<?> json) {
        this.problems = problems;
        this.json = json;
    }

    @Override
    @SuppressWarnings("unchecked")
    public MutableHttpResponse<Object> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpRequest<?> request = context.getRequest();
        MutableHttpResponse<Object> answer = (MutableHttpResponse<Object>) response;
        int status = response.status().getCode();
        if (status == 413) {
            answer.header(HttpHeaders.CONNECTION, "close"); // see Problems.tooLarge
        }
        if (request.getMethod() == HttpMethod.HEAD) {
            return answer;
        }
        if (Problems.isApi(request) || request.getMethod() == HttpMethod.POST) {
            logRefusal(request, status); // a webhook post or a form refused too; not a scanner's GETs
        }
        if (Problems.isApi(request)) {
            answer.body(problems.problem(request, ProblemCode.of(status), status, detail(context, status)));
            return answer.contentType(Problem.MEDIA_TYPE);
        }
        boolean browser = request.accept().stream().anyMatch(t -> t.equals(MediaType.TEXT_HTML_TYPE))
                && request.accept().stream().noneMatch(t -> t.matchesExtension(MediaType.EXTENSION_JSON));
        if (status >= 400 && browser) {
            long retryAfter = response.getHeaders().get(HttpHeaders.RETRY_AFTER, Long.class).orElse(1L);
            Language language = problems.language(request);
            answer.body(SimplePage.notice(language, "moodbot", ProblemCode.of(status).message(language, retryAfter)));
            return answer.contentType(MediaType.TEXT_HTML_TYPE).header(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        answer.body(json.body(context, response));
        return answer.contentType(json.contentType());
    }

    /**
     * One line per kind of client error, at most every 10 s, for /api/* and any POST; a server error is logged
     * where it is thrown.
     */
    private void logRefusal(HttpRequest<?> request, int status) {
        if (status >= 500) {
            return;
        }
        refusals.info(LOG, Integer.toString(status), "Refused {} {} with {} ({})",
                LogSafe.value(request.getMethodName()), LogSafe.value(request.getPath()), status,
                ProblemCode.of(status).code());
    }

    /** The framework's messages for a client's error; nothing of the server's for its own. */
    private static String detail(ErrorContext context, int status) {
        if (status >= 500 || !context.hasErrors()) {
            return context.getRequest().getMethodName() + " " + context.getRequest().getPath() + ": "
                    + HttpStatus.valueOf(status).getReason();
        }
        return context.getErrors().stream().map(e -> plain(e.getMessage())).collect(Collectors.joining("; "));
    }

    /** "Required argument [CompletedFileUpload image] not specified" is "the request has no "image"". */
    private static String plain(String message) {
        Matcher missing = MISSING_ARGUMENT.matcher(message == null ? "" : message);
        return missing.matches() ? "the request has no \"" + missing.group(1) + "\"" : message;
    }
}
