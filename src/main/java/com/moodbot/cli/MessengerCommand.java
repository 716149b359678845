package com.moodbot.cli;

import com.moodbot.i18n.DefaultLanguageConfig;
import com.moodbot.messenger.GraphApi;
import com.moodbot.messenger.MessengerConfig;
import com.moodbot.messenger.MessengerProfiles;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
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

        @Inject
        GraphApi graph;

        @Inject
        MessengerConfig config;

        @Inject
        DefaultLanguageConfig languages;

        @Override
        public Integer call() {
            if (config.pageAccessToken() == null || config.pageAccessToken().isBlank()) {
                System.err.println("messenger setup: set MOODBOT_MESSENGER_PAGE_ACCESS_TOKEN first");
                return 2;
            }
            try {
                graph.setProfile(config.apiVersion(), config.authorization(),
                        MessengerProfiles.build(languages.language()));
                System.out.println("Messenger profile set: Get Started, greeting and persistent menu in "
                        + java.util.Arrays.stream(com.moodbot.i18n.Language.values()).map(l -> l.code())
                        .collect(java.util.stream.Collectors.joining(", ")) + ".");
                return 0;
            } catch (HttpClientResponseException e) {
                System.err.println("messenger setup: Graph API answered HTTP " + e.getStatus().getCode() + ": "
                        + e.getResponse().getBody(String.class).orElse(""));
                return 1;
            }
        }
    }
}
