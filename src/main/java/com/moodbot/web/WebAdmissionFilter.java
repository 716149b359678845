package com.moodbot.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Admission for {@code /api/analyze}, decided before the body is read: refused uploads get 429 and
 * Retry-After at once; an admitted one holds its web slot until its response is written, fails, or
 * the client goes away (the cancel frees it too).
 */
@Filter("/api/analyze")
public class WebAdmissionFilter implements HttpServerFilter {

    private final WebAdmission admission;

    public WebAdmissionFilter(WebAdmission admission) {
        this.admission = admission;
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        WebAdmission.Decision decision = admission.enter(request);
        if (decision instanceof WebAdmission.Refused refused) {
            MutableHttpResponse<?> tooMany = HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header("Retry-After", Long.toString(refused.retryAfterSeconds()))
                    .contentType(MediaType.APPLICATION_JSON_TYPE)
                    .body("{\"error\":\"" + refused.why() + "\",\"retryAfterSeconds\":" + refused.retryAfterSeconds() + "}");
            return Mono.just(tooMany);
        }
        WebAdmission.Admitted admitted = (WebAdmission.Admitted) decision;
        return Flux.from(chain.proceed(request)).doFinally(signal -> admitted.close());
    }
}
