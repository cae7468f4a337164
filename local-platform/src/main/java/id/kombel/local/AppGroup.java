package id.kombel.local;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Apps that start side by side and stop side by side (the three services; the gateway alone), so
 * start-up and shutdown take as long as the slowest app, not the sum of them.
 */
final class AppGroup {

    private final List<AppProcess> processes;
    private final Progress progress;

    AppGroup(List<AppProcess> processes, Progress progress) {
        this.processes = List.copyOf(processes);
        this.progress = progress;
    }

    List<AppProcess> processes() {
        return processes;
    }

    void start() throws IOException {
        for (AppProcess process : processes) {
            process.start();
            progress.step(
                    process.app().name(),
                    "starting on port " + process.app().port().port());
        }
    }

    /** Reports each app as it becomes ready; throws for the first one that does not. */
    void awaitReady(Duration timeout) throws Exception {
        var clock = Progress.stopwatch();
        ExecutorService waiters = Executors.newFixedThreadPool(processes.size());
        try {
            CompletionService<AppProcess> readiness = new ExecutorCompletionService<>(waiters);
            for (AppProcess process : processes) {
                readiness.submit(() -> {
                    process.awaitReady(timeout);
                    return process;
                });
            }
            for (int i = 0; i < processes.size(); i++) {
                progress.step(next(readiness).app().name(), "ready in " + clock);
            }
        } finally {
            waiters.shutdownNow();
        }
    }

    void stop(Duration grace) {
        List<Thread> stoppers = new ArrayList<>();
        for (AppProcess process : processes) {
            if (process.isAlive()) {
                Thread stopper = new Thread(
                        () -> stop(process, grace),
                        "kombel-stop-" + process.app().name());
                stopper.start();
                stoppers.add(stopper);
            }
        }
        for (Thread stopper : stoppers) {
            try {
                stopper.join();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void stop(AppProcess process, Duration grace) {
        var clock = Progress.stopwatch();
        try {
            process.stop(grace);
            progress.step(process.app().name(), "stopped in " + clock);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static AppProcess next(CompletionService<AppProcess> readiness) throws Exception {
        try {
            return readiness.take().get();
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof Exception cause ? cause : failed;
        }
    }
}
