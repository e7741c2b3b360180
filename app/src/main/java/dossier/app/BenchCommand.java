package dossier.app;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "bench", description = "Benchmark (see BENCHMARKS.md).")
final class BenchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
