package com.moodbot.messenger;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Meta's data-deletion callback names a person by their app-scoped id; Messenger knows them by
 * Page-scoped ids. The Graph API's {@code ids_for_pages} edge maps the one to the others, asked with
 * the app access token ({@code APP_ID|APP_SECRET}, in the {@code Authorization} header, never in the
 * URL) and its {@code appsecret_proof}.
 */
@Singleton
public class PageScopedIds {

    private static final int MAX_PAGES = 10;
    private final BlockingHttpClient graph;
    private final MessengerConfig config;
    private final JsonMapper json;

    public PageScopedIds(@Client(id = "graph") HttpClient graph, MessengerConfig config, JsonMapper json) {
        this.graph = graph.toBlocking();
        this.config = config;
        this.json = json;
    }

    /** What the Graph API said. */
    public sealed interface Lookup permits Found, Failed {
    }

    /** The person's Page-scoped ids (none when they never wrote to a Page of this business). */
    public record Found(List<String> ids) implements Lookup {
    }

    /** Not answered or refused: {@code why} is fit for a log line (no token, no id). */
    public record Failed(String why) implements Lookup {
    }

    public boolean configured() {
        return config.appId() != null && !config.appId().isBlank() && config.appSecret() != null;
    }

    public Lookup of(String appScopedId) {
        if (!appScopedId.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return new Failed("the app-scoped id is not a number");
        }
        String token = config.appId() + "|" + config.appSecret();
        String proof = HexFormat.of().formatHex(new SignatureVerifier(config.appSecret())
                .sign(token.getBytes(StandardCharsets.UTF_8)));
        List<String> ids = new ArrayList<>();
        String after = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            UriBuilder uri = UriBuilder.of("/" + config.apiVersion() + "/" + appScopedId + "/ids_for_pages")
                    .queryParam("appsecret_proof", proof).queryParam("limit", 100);
            if (after != null) {
                uri.queryParam("after", after);
            }
            JsonNode answer;
            try {
                answer = json.readValue(graph.retrieve(HttpRequest.GET(uri.build())
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token), String.class), JsonNode.class);
            } catch (HttpClientResponseException e) {
                GraphError error = GraphError.parse(json, e.getStatus().getCode(),
                        e.getResponse().getBody(String.class), token);
                return new Failed("HTTP " + error.status() + " code " + error.code() + " subcode " + error.subcode()
                        + " fbtrace_id " + error.fbtraceId());
            } catch (HttpClientException | IOException e) {
                return new Failed("no usable answer (" + e.getClass().getSimpleName() + ")");
            }
            JsonNode data = answer.get("data");
            if (data == null || !data.isArray()) {
                return new Failed("an answer without data");
            }
            data.values().forEach(entry -> {
                JsonNode id = entry.get("id");
                if (id != null && id.isString()) {
                    ids.add(id.getStringValue());
                }
            });
            after = next(answer);
            if (after == null) {
                return new Found(List.copyOf(ids));
            }
        }
        return new Failed("more than " + MAX_PAGES + " pages of ids");
    }

    /** The cursor of the next page, when the answer says there is one. */
    private static String next(JsonNode answer) {
        JsonNode paging = answer.get("paging");
        if (paging == null || paging.get("next") == null) {
            return null;
        }
        JsonNode cursors = paging.get("cursors");
        JsonNode after = cursors == null ? null : cursors.get("after");
        return after != null && after.isString() ? after.getStringValue() : null;
    }
}
