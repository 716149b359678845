package com.moodbot.messenger;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;

/**
 * The Messenger Profile calls, for Messenger and Instagram ({@code messenger setup}); replies go
 * through {@link SendApiClient}, on the same {@code graph} service. The Page token travels in the {@code Authorization} header, never
 * in the URL, where proxies and access logs would keep it. The base URL (MOODBOT_MESSENGER_GRAPH_URL,
 * so tests can point it at a fake) and the timeouts are the {@code graph} service's, in application.yml.
 */
@Client(id = "graph")
public interface GraphApi {

    @Post("/{version}/me/messenger_profile")
    HttpResponse<String> setProfile(String version, @Header("Authorization") String authorization, @Body MessengerProfile profile);

    /** The same call for the Instagram account linked to the Page: {@code platform=instagram}. */
    @Post("/{version}/me/messenger_profile{?platform}")
    HttpResponse<String> setInstagramProfile(String version, @QueryValue String platform,
                                             @Header("Authorization") String authorization,
                                             @Body InstagramProfile profile);
}
