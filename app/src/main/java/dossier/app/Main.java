package dossier.app;

import picocli.CommandLine;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Command;

/** The {@code dossier} command. */
@Command(name = "dossier", mixinStandardHelpOptions = true, version = "dossier 0.1.0",
        description = "Reads news and keeps the record: who is who, who said what, what happened when.",
        subcommands = {AnalyzeCommand.class, ExtractCommand.class, IngestCommand.class, LoadCommand.class, SparkCommand.class, StoreCommands.Entity.class, StoreCommands.Quotes.class,
                StoreCommands.Timeline.class, StoreCommands.Search.class, StoreCommands.Export.class,
                StoreCommands.Merge.class, StoreCommands.Split.class, ServeCommand.class, BenchCommand.class, BenchStoreCommand.class, BenchSparkCommand.class, dossier.app.eval.EvalCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        return run(out, err, args);
    }

    /** Runs the command with its output going to {@code out} and {@code err}; returns the exit code. */
    static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main()).setOut(out).setErr(err);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("dossier: " + e.getMessage());
            return 2;
        });
        return cl.execute(args);
    }
}
