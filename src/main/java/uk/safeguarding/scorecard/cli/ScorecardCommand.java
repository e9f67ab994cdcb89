package uk.safeguarding.scorecard.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import uk.safeguarding.scorecard.ConfigurationException;

/** The {@code scorecard} command line: one subcommand per job or tool. */
@Command(name = "scorecard", mixinStandardHelpOptions = true, version = "Safeguarding Scorecard 0.1",
        description = "Scores safeguarding partnership reports and checks statutory deadlines.",
        subcommands = {YearlyReportsCommand.class, NotificationsCommand.class, EvaluateCommand.class, GenerateSampleDataCommand.class, BenchmarkCommand.class,
            CommandLine.HelpCommand.class})
public class ScorecardCommand implements Runnable {
    static {
        // H2 interns every string and value bound to a statement in a shared cache; an ingest binds
        // millions of values seen once, so the cache only costs time (about a fifth of each insert).
        // Read when H2 loads, which is after this; a value set on the command line wins.
        if (System.getProperty("h2.objectCache") == null) {
            System.setProperty("h2.objectCache", "false");
        }
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code (tests call this directly). */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new ScorecardCommand());
        cli.registerConverter(LocalDate.class, ScorecardCommand::isoDate);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof ConfigurationException) {
                cmd.getErr().println(e.getMessage());
                return ExitCode.USAGE;
            }
            cmd.getErr().println("Failed: " + e);
            e.printStackTrace(cmd.getErr());
            return ExitCode.FAILED;
        });
        return cli.execute(args);
    }

    private static LocalDate isoDate(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a date in yyyy-MM-dd form");
        }
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
