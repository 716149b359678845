package com.moodbot.cli;

import com.moodbot.conversation.Payload;
import com.moodbot.messenger.GraphApi;
import com.moodbot.messenger.MessengerConfig;
import com.moodbot.messenger.MessengerProfile;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code moodbot messenger setup}: Get Started button, greeting and persistent menu via the Messenger Profile API. */
@Command(name = "messenger", mixinStandardHelpOptions = true, description = "Messenger Page settings.",
        subcommands = MessengerCommand.Setup.class)
public final class MessengerCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "setup", mixinStandardHelpOptions = true,
            description = "Set the Get Started button, greeting and persistent menu (needs the Page access token).")
    static final class Setup implements Callable<Integer> {

        static final MessengerProfile PROFILE = new MessengerProfile(
                new MessengerProfile.GetStarted(Payload.GET_STARTED),
                List.of(new MessengerProfile.Greeting("default",
                        "Hi {{user_first_name}}! Send me a selfie and I'll match your mood with a film, a song, a dish or a place.")),
                List.of(new MessengerProfile.Menu("default", false, List.of(
                        new MessengerProfile.MenuItem("postback", "How it works", Payload.HELP),
                        new MessengerProfile.MenuItem("postback", "Start over", Payload.GET_STARTED)))));

        @Inject
        GraphApi graph;

        @Inject
        MessengerConfig config;

        @Override
        public Integer call() {
            if (config.pageAccessToken() == null || config.pageAccessToken().isBlank()) {
                System.err.println("messenger setup: set MOODBOT_MESSENGER_PAGE_ACCESS_TOKEN first");
                return 2;
            }
            try {
                graph.setProfile(config.apiVersion(), config.authorization(), PROFILE);
                System.out.println("Messenger profile set: Get Started, greeting and persistent menu.");
                return 0;
            } catch (HttpClientResponseException e) {
                System.err.println("messenger setup: Graph API answered HTTP " + e.getStatus().getCode() + ": "
                        + e.getResponse().getBody(String.class).orElse(""));
                return 1;
            }
        }
    }
}
