package com.moodbot.cli;

import com.moodbot.i18n.DefaultLanguageConfig;
import com.moodbot.i18n.Language;
import com.moodbot.messenger.GraphApi;
import com.moodbot.messenger.InstagramProfiles;
import com.moodbot.messenger.MessengerConfig;
import com.moodbot.messenger.MessengerProfiles;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code moodbot messenger setup}: Get Started button, greeting and persistent menu via the Messenger
 * Profile API, then the ice breakers and persistent menu of the Instagram account linked to the Page.
 */
@Command(name = "messenger", mixinStandardHelpOptions = true, description = "Messenger Page settings.",
        subcommands = MessengerCommand.Setup.class)
public final class MessengerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return CliErrors.missingSubcommand(spec);
    }

    @Command(name = "setup", mixinStandardHelpOptions = true,
            description = "Set the Get Started button, greeting and persistent menu, and Instagram's ice breakers "
                    + "and menu (needs the Page access token).")
    static final class Setup implements Callable<Integer> {

        @Inject
        GraphApi graph;

        @Inject
        MessengerConfig config;

        @Inject
        DefaultLanguageConfig languages;

        @Option(names = "--skip-instagram", description = "Leave Instagram's ice breakers and menu alone "
                + "(a Page without a linked Instagram professional account).")
        boolean skipInstagram;

        @Override
        public Integer call() {
            if (config.pageAccessToken() == null || config.pageAccessToken().isBlank()) {
                System.err.println("messenger setup: set MOODBOT_MESSENGER_PAGE_ACCESS_TOKEN first");
                return 2;
            }
            String codes = Arrays.stream(Language.values()).map(Language::code).collect(Collectors.joining(", "));
            try {
                graph.setProfile(config.apiVersion(), config.authorization(),
                        MessengerProfiles.build(languages.language()));
                System.out.println("Messenger profile set: Get Started, greeting and persistent menu in "
                        + codes + ".");
            } catch (HttpClientResponseException e) {
                return failed("", e);
            } catch (HttpClientException e) {
                return unreachable(e);
            }
            if (skipInstagram) {
                return 0;
            }
            try {
                graph.setInstagramProfile(config.apiVersion(), "instagram", config.authorization(),
                        InstagramProfiles.build(languages.language()));
                System.out.println("Instagram profile set: ice breakers and persistent menu in " + codes + ".");
                return 0;
            } catch (HttpClientResponseException e) {
                return failed(" Instagram's ice breakers (is an Instagram professional account linked to the Page? "
                        + "--skip-instagram leaves them alone):", e);
            } catch (HttpClientException e) {
                return unreachable(e);
            }
        }

        /** No answer at all (no network, a mistyped MOODBOT_MESSENGER_GRAPH_URL): one line, no stack trace. */
        private static int unreachable(HttpClientException e) {
            System.err.println("messenger setup: cannot reach the Graph API (" + e.getMessage()
                    + "); check the network and MOODBOT_MESSENGER_GRAPH_URL");
            return 1;
        }

        private static int failed(String what, HttpClientResponseException e) {
            System.err.println("messenger setup:" + what + " Graph API answered HTTP " + e.getStatus().getCode() + ": "
                    + e.getResponse().getBody(String.class).orElse(""));
            return 1;
        }
    }
}
