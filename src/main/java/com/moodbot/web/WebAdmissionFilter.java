package com.moodbot.web;

import com.moodbot.logging.LogSafe;
import com.moodbot.logging.LogThrottle;
import com.moodbot.ops.ServiceState;
import com.moodbot.web.problem.ProblemCode;
import com.moodbot.web.problem.Problems;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.web.router.RouteAttributes;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Admission for {@code /api/analyze}, decided before the body is read: refused uploads get 429 and
 * Retry-After at once; an admitted one holds its web slot until its response is written, fails, the
 * client goes away (the cancel frees it too), or its body has not arrived by the upload deadline (408: a
 * body sent slowly on purpose would otherwise hold a slot for as long as it trickles). Bound to the routes
 * marked {@link WebLimited}, so it runs for every spelling of their paths that the router accepts.
 */
@Filter(Filter.MATCH_ALL_PATTERN)
@WebLimited
public class WebAdmissionFilter implements HttpServerFilter {

    private static final Logger LOG = LoggerFactory.getLogger(WebAdmissionFilter.class);
    private final LogThrottle refusals = new LogThrottle(Duration.ofSeconds(10));
    private final WebAdmission admission;
    private final Problems problems;
    private final ServiceState state;
    private final Duration deadline;

    public WebAdmissionFilter(WebAdmission admission, Problems problems, ServiceState state,
                              WebAdmissionConfig config) {
        this.deadline = config.uploadDeadline();
        this.admission = admission;
        this.problems = problems;
        this.state = state;
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
        if (slot && state.phase() == ServiceState.Phase.DRAINING) {
            return stopping(request);
        }
        WebAdmission.Decision decision = admission.enter(request, slot);
        if (decision instanceof WebAdmission.Refused refused) {
            refusals.info(LOG, refused.why(), "Refused {} {} with 429: {}, retry after {} s",
                    LogSafe.value(request.getMethodName()), LogSafe.value(request.getPath()), refused.why(),
                    refused.retryAfterSeconds());
            return Mono.just(problems.tooMany(request, refused.retryAfterSeconds(), refused.why()));
        }
        WebAdmission.Admitted admitted = (WebAdmission.Admitted) decision;
        if (slot && state.phase() == ServiceState.Phase.DRAINING) {
            // the drain began between the check above and the slot: it may have seen every slot free already
            admitted.close();
            return stopping(request);
        }
        // watched before the chain goes on: the route may run at once, where the body came with the headers
        AtomicBoolean arrived = slot ? UploadArrival.watch(request) : null;
        Mono<MutableHttpResponse<?>> answer = Mono.from(chain.proceed(request));
        if (slot) {
            // past the deadline, an upload whose body has arrived is being analysed: it is left to finish
            Mono<Long> bodyLate = Mono.delay(deadline).flatMap(t -> arrived.get() ? Mono.never() : Mono.just(t));
            answer = answer.timeout(bodyLate, Mono.fromSupplier(() -> late(request)));
        }
        return answer.doFinally(signal -> admitted.close());
    }

    private MutableHttpResponse<?> late(HttpRequest<?> request) {
        refusals.info(LOG, "late", "Answered {} {} with 408: its body had not arrived {} s after its admission",
                LogSafe.value(request.getMethodName()), LogSafe.value(request.getPath()), deadline.toSeconds());
        return problems.response(request, ProblemCode.REQUEST_TIMEOUT, "upload deadline passed")
                .header(HttpHeaders.CONNECTION, "close");
    }

    /** An upload while the instance stops (a choice, which holds no slot and is quick, still goes through). */
    private Publisher<MutableHttpResponse<?>> stopping(HttpRequest<?> request) {
        refusals.info(LOG, "stopping", "Refused {} {} with 503: stopping", LogSafe.value(request.getMethodName()),
                LogSafe.value(request.getPath()));
        return Mono.just(problems.response(request, ProblemCode.SERVICE_UNAVAILABLE, "stopping")
                .header(HttpHeaders.RETRY_AFTER, "5"));
    }
}
