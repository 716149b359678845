package com.moodbot.web.problem;

import com.moodbot.i18n.DefaultLanguageConfig;
import com.moodbot.i18n.Language;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;

/** Builds {@link Problem} answers in the language the request asks for (else the default one). */
@Singleton
public class Problems {

    private final DefaultLanguageConfig defaultLanguage;

    public Problems(DefaultLanguageConfig defaultLanguage) {
        this.defaultLanguage = defaultLanguage;
    }

    /** Whether the request is one of the API's, whose every error answer is a {@link Problem}. */
    public static boolean isApi(HttpRequest<?> request) {
        String path = request.getPath();
        return path.equals("/api") || path.startsWith("/api/");
    }

    public Language language(HttpRequest<?> request) {
        return defaultLanguage.forAcceptLanguage(request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE));
    }

    public Problem problem(HttpRequest<?> request, ProblemCode code, int status, String detail) {
        return new Problem(Problem.TYPE, HttpStatus.valueOf(status).getReason(), status, detail, code.code(),
                code.message(language(request), 0));
    }

    /** A photo the bot could not read: 422 with the reason's code and the bot's own reply as the message. */
    public static Problem unusablePhoto(String code, String detail, String reply) {
        HttpStatus status = HttpStatus.UNPROCESSABLE_ENTITY;
        return new Problem(Problem.TYPE, status.getReason(), status.getCode(), detail, code, reply);
    }

    /** The answer for {@code code}, with its own status. */
    public MutableHttpResponse<Problem> response(HttpRequest<?> request, ProblemCode code, String detail) {
        return respond(problem(request, code, code.status(), detail));
    }

    /** 429 with Retry-After, the wait in the message too. */
    public MutableHttpResponse<Problem> tooMany(HttpRequest<?> request, long retryAfterSeconds, String detail) {
        ProblemCode code = ProblemCode.TOO_MANY_REQUESTS;
        Problem problem = new Problem(Problem.TYPE, HttpStatus.TOO_MANY_REQUESTS.getReason(), code.status(), detail,
                code.code(), code.message(language(request), retryAfterSeconds));
        return respond(problem).header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
    }

    /**
     * 413 before the body was read. The connection is closed after the answer, so the rest of a refused body,
     * whatever its size, is neither read nor waited for; Chromium, which reads an answer once its upload has
     * ended or failed, still shows the 413 (OversizedUploadBrowserTest).
     */
    public MutableHttpResponse<Problem> tooLarge(HttpRequest<?> request, String detail) {
        return response(request, ProblemCode.REQUEST_TOO_LARGE, detail).header(HttpHeaders.CONNECTION, "close");
    }

    public static MutableHttpResponse<Problem> respond(Problem problem) {
        return HttpResponse.<Problem>status(HttpStatus.valueOf(problem.status())).contentType(Problem.MEDIA_TYPE)
                .body(problem);
    }
}
