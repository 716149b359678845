package com.moodbot.messenger;

import com.moodbot.logging.LogSafe;
import com.moodbot.metrics.MoodbotMetrics;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.exceptions.ReadTimeoutException;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one Send API request, retrying failures that say it was not delivered (5xx with codes 1, 2,
 * 1200 or no code, no connection) with exponential backoff and jitter, pausing longer on rate limits
 * (4, 613, HTTP 429), and never retrying permanent errors (invalid token, person cannot receive, outside the
 * 24-hour window...). A request that went out and got no answer within the read timeout, or a 504, is
 * not sent again: Facebook may have delivered it, and a second copy would reach the person twice.
 */
@Singleton
public class SendApiClient {

    private static final Logger LOG = LoggerFactory.getLogger(SendApiClient.class);
    private final BlockingHttpClient graph;
    private final MessengerConfig config;
    private final JsonMapper json;
    private final RetryPolicy retry;
    private final MoodbotMetrics metrics;

    /** @param graph the {@code graph} service's client: its URL and timeouts are in application.yml */
    public SendApiClient(@Client(id = "graph") HttpClient graph, MessengerConfig config, JsonMapper json,
                         RetryPolicy retry, MoodbotMetrics metrics) {
        this.metrics = metrics;
        this.graph = graph.toBlocking();
        this.config = config;
        this.json = json;
        this.retry = retry;
    }

    /**
     * @return true when Facebook accepted the request or may have (no answer after it was sent), so the
     *         caller goes on; false when it surely did not arrive
     */
    public boolean send(SendRequest request, String personTag) {
        return deliver(request, personTag, retry.maxAttempts()).isEmpty();
    }

    /**
     * One attempt and no retry, for a sender action (a courtesy that must not hold the reply up).
     *
     * @return the error when it surely did not arrive
     */
    public Optional<GraphError> sendOnce(SendRequest request, String personTag) {
        return deliver(request, personTag, 1);
    }

    /** Logs one line per request: the failure it ended with, or a delivery that took more than one attempt. */
    private Optional<GraphError> deliver(SendRequest request, String personTag, int maxAttempts) {
        String firstFailure = null;
        for (int attempt = 1; ; attempt++) {
            GraphError error;
            try {
                graph.exchange(HttpRequest.POST("/" + config.apiVersion() + "/me/messages", request)
                        .header(HttpHeaders.AUTHORIZATION, config.authorization()), String.class);
                metrics.sendApiCall("ok", "none");
                if (firstFailure != null) {
                    LOG.info("Send API {} for person {}: delivered on attempt {}, after {}", what(request), personTag,
                            attempt, firstFailure);
                }
                return Optional.empty();
            } catch (HttpClientResponseException e) {
                error = GraphError.parse(json, e.getStatus().getCode(), e.getResponse().getBody(String.class),
                        config.pageAccessToken());
            } catch (ReadTimeoutException e) {
                // Micronaut's read timeout runs only while the connection holds this request: it was
                // written (a Send API body is a few KiB, taken by the socket at once) and not answered
                error = GraphError.unanswered("no answer within the read timeout after the request was sent");
            } catch (HttpClientException e) {
                error = GraphError.noResponse(cause(e));
            } catch (RuntimeException e) {
                if (!(e.getCause() instanceof InterruptedException)) {
                    throw e;
                }
                Thread.currentThread().interrupt(); // the stop's drain timed out (EventDispatcher.abandon)
                error = GraphError.noResponse("interrupted");
            }
            GraphError.Action action = error.action();
            if (action == GraphError.Action.MAY_HAVE_ARRIVED) {
                LOG.warn("Send API {} for person {}: {} fbtrace_id {}; not sent again, as Facebook may have delivered it",
                        what(request), personTag, error.message(), error.fbtraceId());
                metrics.sendApiCall("unanswered", "none");
                return Optional.empty();
            }
            String code = error.code() > 0 ? Integer.toString(error.code()) : "none";
            if (Thread.currentThread().isInterrupted()) { // stopping: the stop's one line counts what is left
                LOG.debug("Send API {} for person {}: {}; not sent, as the service is stopping", what(request),
                        personTag, describe(error));
                metrics.sendApiCall("failed", code);
                return Optional.of(error);
            }
            boolean last = attempt >= maxAttempts || action == GraphError.Action.GIVE_UP;
            metrics.sendApiCall(last ? "failed" : "retried", code);
            if (last) {
                String end = maxAttempts == 1 ? "not retried" : attempt == 1 ? "giving up"
                        : "giving up after " + attempt + " attempts";
                LOG.warn("Send API {} for person {}: {}; {}", what(request), personTag, describe(error), end);
                return Optional.of(error);
            }
            firstFailure = firstFailure == null ? describe(error) : firstFailure;
            LOG.debug("Send API {} for person {}: {}; retry {}/{}", what(request), personTag, describe(error), attempt,
                    maxAttempts - 1);
            sleep(retry.delay(attempt, action == GraphError.Action.PAUSE_AND_RETRY));
        }
    }

    private static String describe(GraphError error) {
        return error.status() == 0 ? "no answer from the Graph API (" + error.message() + ")"
                : "HTTP " + error.status() + " code " + error.code() + " subcode " + error.subcode() + " fbtrace_id "
                        + error.fbtraceId() + " (" + error.message() + ")";
    }

    /** e.g. "HttpClientException: Connect Error: Connection refused: graph.example/10.0.0.1:443", no query string. */
    private static String cause(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return e.getClass().getSimpleName() + ": " + LogSafe.value(message.replaceAll("\\?\\S*", ""));
    }

    private static String what(SendRequest r) {
        return r.senderAction() != null ? r.senderAction() : r.message() != null && r.message().attachment() != null
                ? "card" : "text";
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
