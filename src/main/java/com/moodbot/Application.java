package com.moodbot;

import com.moodbot.cli.AlbumCommand;
import com.moodbot.cli.AverageCommand;
import com.moodbot.cli.BenchCommand;
import com.moodbot.cli.CalibrateCommand;
import com.moodbot.cli.CatalogCommand;
import com.moodbot.cli.CliErrors;
import com.moodbot.cli.EvaluateCommand;
import com.moodbot.cli.ImportWeightsCommand;
import com.moodbot.cli.MessengerCommand;
import com.moodbot.cli.PredictCommand;
import com.moodbot.cli.ServeCommand;
import com.moodbot.cli.TrainCommand;
import com.moodbot.config.Build;
import com.moodbot.options.CommandProperties;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.exceptions.BeanInstantiationException;
import io.micronaut.context.env.Environment;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExecutionException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * Entry point: {@code moodbot serve|predict|train|evaluate|...}, and the composition root. picocli
 * parses first; then one application context is started for the command, configured by its
 * {@link CommandProperties}, and the command takes every bean it uses from it.
 */
@Command(name = "moodbot", mixinStandardHelpOptions = true, version = "moodbot " + Build.VERSION,
        description = "Reads the mood on a selfie and recommends a place, a film, a dish or a song.",
        subcommands = {ServeCommand.class, PredictCommand.class, TrainCommand.class, EvaluateCommand.class,
                CalibrateCommand.class, AverageCommand.class, ImportWeightsCommand.class,
                CatalogCommand.class, MessengerCommand.class, AlbumCommand.class, BenchCommand.class})
public final class Application implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        String logFormat = System.getenv("MOODBOT_LOG_FORMAT");
        if (logFormat != null && !logFormat.isBlank()) {
            // read here, before the first logger exists: logback.xml has no way to refuse a value it does not know
            String format = logFormat.strip().toLowerCase(Locale.ROOT);
            if (!format.equals("plain") && !format.equals("json")) {
                System.err.println("moodbot: MOODBOT_LOG_FORMAT is '" + logFormat + "'; it takes plain or json");
                System.exit(CliErrors.USER_ERROR);
            }
            System.setProperty("moodbot.log.format", format);
        }
        if (args.length == 0 || !args[0].equals("serve")) {
            // before the first logger exists: a command's stdout is its output (predict --json), logs go to stderr
            System.setProperty("moodbot.log.target", "System.err");
        }
        System.exit(run(args));
    }

    public static int run(String... args) {
        DjlSetup.configure();
        return new CommandLine(Application.class)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new CliErrors())
                .setParameterExceptionHandler(new CliErrors())
                .setExecutionStrategy(Application::runInContext)
                .execute(args);
    }

    /**
     * The context a command runs in: the environment is named after the top-level command
     * ({@code serve}, {@code bench}, ...), so beans of one tool stay out of the others.
     */
    public static ApplicationContext context(String command, Map<String, Object> properties) {
        return ApplicationContext.builder(Application.class, Environment.CLI, command).properties(properties).start();
    }

    private static int runInContext(ParseResult parsed) {
        if (CommandLine.printHelpIfRequested(parsed)) {
            return CommandLine.ExitCode.OK;
        }
        ParseResult leaf = parsed;
        while (leaf.hasSubcommand()) {
            leaf = leaf.subcommand();
        }
        Object command = leaf.commandSpec().userObject();
        String topLevel = parsed.hasSubcommand() ? parsed.subcommand().commandSpec().name() : "moodbot";
        try (ApplicationContext context = context(topLevel, properties(command, leaf.commandSpec().commandLine()))) {
            try {
                context.inject(command);
            } catch (BeanInstantiationException e) {
                // a setting its record refused: to CliErrors, which words it in one line
                throw new ExecutionException(leaf.commandSpec().commandLine(), e.getMessage(), e);
            }
            return new CommandLine.RunLast().execute(parsed);
        }
    }

    private static Map<String, Object> properties(Object command, CommandLine commandLine) {
        if (!(command instanceof CommandProperties configured)) {
            return Map.of();
        }
        try {
            return configured.contextProperties();
        } catch (Exception e) {
            throw new ExecutionException(commandLine, "Error configuring " + commandLine.getCommandName(), e);
        }
    }

    /** No command: the usage on stderr, and the status of a usage mistake. */
    @Override
    public Integer call() {
        return CliErrors.missingSubcommand(spec);
    }
}
