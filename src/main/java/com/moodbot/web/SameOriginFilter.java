package com.moodbot.web;

import com.moodbot.logging.LogSafe;
import com.moodbot.logging.LogThrottle;
import com.moodbot.ops.PublicUrlConfig;
import com.moodbot.web.problem.ProblemCode;
import com.moodbot.web.problem.Problems;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.web.router.RouteAttributes;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * A defence against cross-site request forgery beside SameSite cookies: a {@link SameOrigin} route
 * whose request carries an {@code Origin} other than the host it was sent to (the {@code Host}
 * header) or {@code MOODBOT_PUBLIC_URL}'s origin gets 403 before anything else runs. Without an
 * {@code Origin} (scripts, old browsers) the request goes on; {@code Origin: null} is foreign.
 */
@Filter(Filter.MATCH_ALL_PATTERN)
public class SameOriginFilter implements HttpServerFilter {

    private static final Logger LOG = LoggerFactory.getLogger(SameOriginFilter.class);
    private final Optional<String> publicAuthority;
    private final Problems problems;
    private final LogThrottle refusals = new LogThrottle(Duration.ofSeconds(10));

    public SameOriginFilter(PublicUrlConfig publicUrl, Problems problems) {
        this.problems = problems;
        this.publicAuthority = publicUrl.base().map(SameOriginFilter::authority).filter(a -> !a.isEmpty());
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 200; // after the body cap, before web admission takes a token
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
        boolean guarded = RouteAttributes.getRouteMatch(request)
                .map(m -> m.getAnnotationMetadata().hasAnnotation(SameOrigin.class)).orElse(false);
        if (origin == null || !guarded || sameOrigin(origin, request.getHeaders().get(HttpHeaders.HOST))) {
            return chain.proceed(request);
        }
        refusals.warn(LOG, "origin", "Refused a cross-site {} {} from origin {}", request.getMethodName(),
                LogSafe.value(request.getPath()), LogSafe.value(origin));
        return Mono.just(problems.response(request, ProblemCode.FOREIGN_ORIGIN, "cross-site request refused"));
    }

    private boolean sameOrigin(String origin, String host) {
        String from = authority(origin);
        if (from.isEmpty()) {
            return false;
        }
        return from.equals(hostAuthority(host)) || publicAuthority.map(from::equals).orElse(false);
    }

    /** {@code host[:port]} of an origin or URL, lower case, without the scheme's default port; empty when it has none. */
    static String authority(String url) {
        try {
            URI uri = URI.create(url.strip());
            if (uri.getHost() == null || uri.getScheme() == null) {
                return "";
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1 || (port == 80 && uri.getScheme().equalsIgnoreCase("http"))
                    || (port == 443 && uri.getScheme().equalsIgnoreCase("https"));
            return uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** The Host header as an authority: a scheme's default port is dropped (behind TLS the scheme is unknown). */
    private static String hostAuthority(String host) {
        if (host == null) {
            return "";
        }
        String h = host.strip().toLowerCase(Locale.ROOT);
        return h.endsWith(":80") || h.endsWith(":443") ? h.substring(0, h.lastIndexOf(':')) : h;
    }
}
