package dev.dovetail.runtime.fuzz;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Settings of a fuzz run, from system properties:
 *
 * <ul>
 *   <li>{@code dovetail.fuzz.seed}: the first case's seed (default: fixed per fuzzer, so that the
 *       short run in the normal suite is reproducible); case {@code i} uses {@code seed + i};
 *   <li>{@code dovetail.fuzz.seconds}: how long to run (default: a short run of about a second);
 *   <li>{@code dovetail.fuzz.iterations}: the most cases to run (default unlimited within the
 *       time);
 *   <li>{@code dovetail.fuzz.timeout}: seconds a single case may take before it counts as a hang
 *       (default 30, generous because the build machine is shared).
 * </ul>
 */
record FuzzConfig(long seed, double seconds, long iterations, long timeoutMillis) {
    static FuzzConfig fromProperties(long defaultSeed, double defaultSeconds) {
        return new FuzzConfig(
                Long.getLong("dovetail.fuzz.seed", defaultSeed),
                Double.parseDouble(
                        System.getProperty(
                                "dovetail.fuzz.seconds", Double.toString(defaultSeconds))),
                Long.getLong("dovetail.fuzz.iterations", Long.MAX_VALUE),
                (long)
                        (1000
                                * Double.parseDouble(
                                        System.getProperty("dovetail.fuzz.timeout", "30"))));
    }

    /** Whether this is a long run asked for on the command line. */
    boolean isLong() {
        return System.getProperty("dovetail.fuzz.seconds") != null
                || System.getProperty("dovetail.fuzz.iterations") != null;
    }

    /** Runs cases until the time or iteration budget is spent; returns the number run. */
    long run(String name, CaseRunner runner) {
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        long n = 0;
        long lastReport = start;
        while (n < iterations && (n == 0 || System.nanoTime() < deadline)) {
            runner.run(seed + n);
            n++;
            long now = System.nanoTime();
            if (isLong() && now - lastReport > 10e9) {
                report(name, n, now - start);
                lastReport = now;
            }
        }
        report(name, n, System.nanoTime() - start);
        return n;
    }

    private static void report(String name, long n, long nanos) {
        double s = nanos / 1e9;
        System.out.printf(
                "[%s] %d cases in %.1f s, %.1f cases/s%n", name, n, s, s == 0 ? 0 : n / s);
    }

    /** Runs one case from its seed; throws {@link AssertionError} on a failure. */
    interface CaseRunner {
        void run(long seed);
    }

    private static ExecutorService worker = newWorker();

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(
                r -> {
                    Thread t = new Thread(r, "fuzz-case");
                    t.setDaemon(true);
                    return t;
                });
    }

    /** A case that did not finish in time. */
    static final class Hang extends RuntimeException {
        Hang(String message) {
            super(message);
        }
    }

    /**
     * Runs {@code task} on a worker thread; interrupts it and throws {@link Hang} after {@code
     * timeoutMillis}. Whatever the task throws is rethrown as is (errors included).
     */
    static synchronized <T> T withTimeout(long timeoutMillis, Callable<T> task) throws Throwable {
        Future<T> f = worker.submit(task);
        try {
            return f.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause();
        } catch (TimeoutException e) {
            f.cancel(true);
            worker.shutdownNow();
            worker = newWorker(); // the old thread may still be stuck
            throw new Hang("no result after " + timeoutMillis + " ms");
        }
    }
}
