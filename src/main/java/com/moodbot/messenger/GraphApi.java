package com.moodbot.messenger;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;

/** The two Graph API calls the bot makes. The base URL is configurable so tests can point it at a fake. */
@Client(id = "graph", value = "${moodbot.messenger.graph-url:`https://graph.facebook.com`}")
public interface GraphApi {

    @Post("/{version}/me/messages")
    HttpResponse<String> send(String version, @QueryValue("access_token") String accessToken, @Body SendRequest request);

    @Post("/{version}/me/messenger_profile")
    HttpResponse<String> setProfile(String version, @QueryValue("access_token") String accessToken, @Body MessengerProfile profile);
}
