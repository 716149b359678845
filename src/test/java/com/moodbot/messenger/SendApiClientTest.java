package com.moodbot.messenger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.moodbot.metrics.MoodbotMetrics;
import com.moodbot.support.CapturedLog;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.exceptions.ReadTimeoutException;
import io.micronaut.json.JsonMapper;
import java.time.Duration;
import ch.qos.logback.classic.Level;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which failures are sent again: only those that say the request did not arrive. */
class SendApiClientTest {

    private final BlockingHttpClient blocking = mock(BlockingHttpClient.class);
    private final SendApiClient client;

    SendApiClientTest() {
        HttpClient graph = mock(HttpClient.class);
        when(graph.toBlocking()).thenReturn(blocking);
        client = new SendApiClient(graph, new MessengerConfig("s", "v", "t", "https://graph.invalid", "v25.0", 1 << 20, null),
                JsonMapper.createDefault(), new RetryPolicy(5, Duration.ofMillis(1), Duration.ofMillis(1)), MoodbotMetrics.none());
    }

    @Test
    void aConnectionThatCouldNotBeMadeIsTriedAgainAndTheLogSaysWhy() {
        when(blocking.exchange(any(HttpRequest.class), eq(String.class)))
                .thenThrow(new HttpClientException("Connect Error: Connection refused: graph.example/192.0.2.1:443?access_token=T"))
                .thenReturn(mock(HttpResponse.class));
        try (CapturedLog log = new CapturedLog(SendApiClient.class, Level.INFO)) {
            assertTrue(client.send(SendRequest.action("p", "mark_seen"), "tag"));
            assertEquals(List.of("Send API mark_seen for person tag: delivered on attempt 2, after no answer from the "
                    + "Graph API (HttpClientException: Connect Error: Connection refused: graph.example/192.0.2.1:443)"),
                    log.lines());
        }
        verify(blocking, times(2)).exchange(any(HttpRequest.class), eq(String.class));
    }

    @Test
    void aRequestThatFailsEveryAttemptIsOneWarningAtTheEnd() {
        HttpClientResponseException transientError = answer(HttpStatus.INTERNAL_SERVER_ERROR,
                "{\"error\":{\"code\":2,\"fbtrace_id\":\"T\"}}");
        when(blocking.exchange(any(HttpRequest.class), eq(String.class))).thenThrow(transientError);
        try (CapturedLog log = new CapturedLog(SendApiClient.class, Level.INFO)) {
            assertFalse(client.send(SendRequest.action("p", "typing_on"), "tag"));
            assertEquals(1, log.lines().size(), log.lines().toString());
            assertTrue(log.lines().get(0).startsWith("Send API typing_on for person tag: HTTP 500 code 2 subcode 0 ")
                    && log.lines().get(0).endsWith("; giving up after 5 attempts"), log.lines().get(0));
        }
        verify(blocking, times(5)).exchange(any(HttpRequest.class), eq(String.class));
    }

    @Test
    void noAnswerAfterTheRequestWentOutIsNotSentAgainAndTheCallerGoesOn() {
        when(blocking.exchange(any(HttpRequest.class), eq(String.class))).thenThrow(ReadTimeoutException.TIMEOUT_EXCEPTION);
        assertTrue(client.send(SendRequest.action("p", "mark_seen"), "tag"));
        verify(blocking, times(1)).exchange(any(HttpRequest.class), eq(String.class));
    }

    @Test
    void aGatewayTimeoutIsNotSentAgainButAnswersSayingNotDeliveredAre() {
        HttpClientResponseException gatewayTimeout = answer(HttpStatus.GATEWAY_TIMEOUT, null);
        HttpClientResponseException notDelivered = answer(HttpStatus.INTERNAL_SERVER_ERROR,
                "{\"error\":{\"code\":1200,\"fbtrace_id\":\"T\"}}");
        HttpClientResponseException badToken = answer(HttpStatus.BAD_REQUEST, "{\"error\":{\"code\":190,\"fbtrace_id\":\"T\"}}");
        when(blocking.exchange(any(HttpRequest.class), eq(String.class))).thenThrow(gatewayTimeout);
        assertTrue(client.send(SendRequest.action("p", "mark_seen"), "tag"));
        verify(blocking, times(1)).exchange(any(HttpRequest.class), eq(String.class));

        HttpClientResponseException tooMany = answer(HttpStatus.TOO_MANY_REQUESTS, null);
        when(blocking.exchange(any(HttpRequest.class), eq(String.class)))
                .thenThrow(notDelivered).thenThrow(tooMany).thenThrow(badToken);
        assertFalse(client.send(SendRequest.action("p", "mark_seen"), "tag"), "1200 and 429 are retried, then 190 gives up");
        verify(blocking, times(4)).exchange(any(HttpRequest.class), eq(String.class));
    }

    @Test
    void facebooksErrorTextIsLoggedAsOneLineWithoutAnAccessToken() {
        HttpClientResponseException badToken = answer(HttpStatus.BAD_REQUEST,
                "{\"error\":{\"code\":190,\"message\":\"Invalid token EAAPAGETOKEN1234567890abc\\nsecond line\","
                        + "\"fbtrace_id\":\"Tr\\r\\nace\"}}");
        when(blocking.exchange(any(HttpRequest.class), eq(String.class))).thenThrow(badToken);
        try (CapturedLog log = new CapturedLog(SendApiClient.class)) {
            assertFalse(client.send(SendRequest.action("p", "mark_seen"), "tag"));
            assertEquals(List.of("Send API mark_seen for person tag: HTTP 400 code 190 subcode 0 fbtrace_id Tr??ace "
                    + "(Invalid token [access token]?second line); giving up"), log.lines());
        }
    }

    @Test
    void theConfiguredPageTokenIsKeptOutOfTheLogWhateverItsShape() {
        HttpClient graph = mock(HttpClient.class);
        when(graph.toBlocking()).thenReturn(blocking);
        SendApiClient withToken = new SendApiClient(graph, new MessengerConfig("s", "v", "my-own-page-token-1",
                "https://graph.invalid", "v25.0", 1 << 20, null), JsonMapper.createDefault(),
                new RetryPolicy(5, Duration.ofMillis(1), Duration.ofMillis(1)), MoodbotMetrics.none());
        HttpClientResponseException badToken = answer(HttpStatus.BAD_REQUEST, "{\"error\":{\"code\":190,\"message\":"
                + "\"Error validating access token: my-own-page-token-1\",\"fbtrace_id\":\"T\"}}");
        when(blocking.exchange(any(HttpRequest.class), eq(String.class))).thenThrow(badToken);
        try (CapturedLog log = new CapturedLog(SendApiClient.class)) {
            assertFalse(withToken.send(SendRequest.action("p", "mark_seen"), "tag"));
            assertEquals(List.of("Send API mark_seen for person tag: HTTP 400 code 190 subcode 0 fbtrace_id T "
                    + "(Error validating access token: [access token]); giving up"), log.lines());
        }
        HttpClientResponseException atTheCut = answer(HttpStatus.BAD_REQUEST, "{\"error\":{\"code\":190,\"message\":\""
                + "x".repeat(190) + "my-own-page-token-1\",\"fbtrace_id\":\"T\"}}");
        when(blocking.exchange(any(HttpRequest.class), eq(String.class))).thenThrow(atTheCut);
        try (CapturedLog log = new CapturedLog(SendApiClient.class)) {
            assertFalse(withToken.send(SendRequest.action("p", "mark_seen"), "tag"));
            assertFalse(log.lines().get(0).contains("my-own"), "not even the part before a length cap: " + log.lines());
        }
    }

    @Test
    void aCallInterruptedByTheStopIsNotTriedAgainAndLeavesOnlyADebugLine() {
        RuntimeException interrupted = new RuntimeException(new InterruptedException());
        when(blocking.exchange(any(HttpRequest.class), eq(String.class))).thenThrow(interrupted);
        try (CapturedLog log = new CapturedLog(SendApiClient.class, Level.INFO)) {
            assertFalse(client.send(SendRequest.action("p", "typing_on"), "tag"));
            assertTrue(Thread.interrupted(), "the interrupt is kept for the worker (and cleared here)");
            assertEquals(List.of(), log.lines(), "the stop's own line counts what is left");
        }
        verify(blocking, times(1)).exchange(any(HttpRequest.class), eq(String.class));
    }

    private static HttpClientResponseException answer(HttpStatus status, String body) {
        @SuppressWarnings("unchecked")
        HttpResponse<Object> response = mock(HttpResponse.class);
        when(response.getStatus()).thenReturn(status);
        when(response.getBody(String.class)).thenReturn(Optional.ofNullable(body));
        HttpClientResponseException e = mock(HttpClientResponseException.class);
        when(e.getStatus()).thenReturn(status);
        when(e.getResponse()).thenAnswer(i -> response);
        return e;
    }
}
