package com.moodbot.web;

import com.moodbot.http.BodyCap;
import com.moodbot.logging.LogThrottle;
import com.moodbot.web.problem.Problems;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.web.router.RouteAttributes;
import java.time.Duration;
import java.util.Locale;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Refuses a body over its route's {@link BodyCap} with 413 from its Content-Length alone, before
 * any of it is read and before any other filter (so a refused upload costs no web token), as a problem
 * that closes the connection ({@link Problems#tooLarge}). Bound to
 * the route the request matched, so every spelling of its path gets the same cap. A body sent
 * without Content-Length (chunked) is still bounded by {@code micronaut.server.max-request-size}
 * and by each controller's own check.
 */
@Filter(Filter.MATCH_ALL_PATTERN)
public class BodyCapFilter implements HttpServerFilter {

    private static final Logger LOG = LoggerFactory.getLogger(BodyCapFilter.class);
    private final BodyCaps caps;
    private final Problems problems;
    private final LogThrottle refusals = new LogThrottle(Duration.ofSeconds(10));

    public BodyCapFilter(BodyCaps caps, Problems problems) {
        this.caps = caps;
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        long length = request.getContentLength();
        if (length <= 0) {
            return chain.proceed(request);
        }
        BodyCap.Size size = RouteAttributes.getRouteMatch(request)
                .flatMap(m -> m.getAnnotationMetadata().enumValue(BodyCap.class, BodyCap.Size.class))
                .orElse(BodyCap.Size.SMALL);
        long cap = caps.bytes(size);
        if (length <= cap) {
            return chain.proceed(request);
        }
        String line = "Refused a {} byte body over the {} byte cap ({} route)";
        String route = size.name().toLowerCase(Locale.ROOT);
        if (size == BodyCap.Size.PHOTO) { // a person's too-big photo, not a fault
            refusals.info(LOG, size.name(), line, length, cap, route);
        } else {
            refusals.warn(LOG, size.name(), line, length, cap, route);
        }
        return Mono.just(problems.tooLarge(request, "body too large: " + length + " bytes; this takes "
                + caps.describe(size)));
    }
}
