package com.moodbot.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.web.router.RouteAttributes;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Admission for {@code /api/analyze}, decided before the body is read: refused uploads get 429 and
 * Retry-After at once; an admitted one holds its web slot until its response is written, fails, or
 * the client goes away (the cancel frees it too). Bound to the routes marked {@link WebLimited}, so it
 * runs for every spelling of their paths that the router accepts.
 */
@Filter(Filter.MATCH_ALL_PATTERN)
@WebLimited
public class WebAdmissionFilter implements HttpServerFilter {

    private final WebAdmission admission;

    public WebAdmissionFilter(WebAdmission admission) {
        this.admission = admission;
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        // a request no route matched (a 404, a static file) is handed the filter too: admit only the marked routes
        boolean limited = RouteAttributes.getRouteMatch(request)
                .map(m -> m.getAnnotationMetadata().hasAnnotation(WebLimited.class)).orElse(false);
        if (!limited) {
            return chain.proceed(request);
        }
        boolean slot = RouteAttributes.getRouteMatch(request)
                .flatMap(m -> m.getAnnotationMetadata().booleanValue(WebLimited.class, "slot")).orElse(true);
        WebAdmission.Decision decision = admission.enter(request, slot);
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
