package com.moodbot;

import com.moodbot.cli.AlbumCommand;
import com.moodbot.cli.AverageCommand;
import com.moodbot.cli.BenchCommand;
import com.moodbot.cli.CalibrateCommand;
import com.moodbot.cli.CatalogCommand;
import com.moodbot.cli.CliErrors;
import com.moodbot.cli.EvaluateCommand;
import com.moodbot.cli.MessengerCommand;
import com.moodbot.cli.PredictCommand;
import com.moodbot.cli.ServeCommand;
import com.moodbot.cli.TrainCommand;
import io.micronaut.configuration.picocli.MicronautFactory;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** Entry point: {@code moodbot serve|predict|train|evaluate|...}. */
@Command(name = "moodbot", mixinStandardHelpOptions = true, version = "moodbot 0.1.0",
        description = "Reads the mood on a selfie and recommends a place, a film, a dish or a song.",
        subcommands = {ServeCommand.class, PredictCommand.class, TrainCommand.class, EvaluateCommand.class,
                CalibrateCommand.class, AverageCommand.class,
                CatalogCommand.class, MessengerCommand.class, AlbumCommand.class, BenchCommand.class})
public final class Application implements Callable<Integer> {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        DjlSetup.configure();
        try (ApplicationContext context = ApplicationContext.builder(Application.class, Environment.CLI).start()) {
            return new CommandLine(Application.class, new MicronautFactory(context))
                    .setCaseInsensitiveEnumValuesAllowed(true)
                    .setExecutionExceptionHandler(new CliErrors())
                    .execute(args);
        }
    }

    /** No command: the usage on stderr, and the status of a usage mistake. */
    @Override
    public Integer call() {
        new CommandLine(this).usage(System.err);
        return CliErrors.USER_ERROR;
    }
}
