package dev.dovetail.runtime.fuzz;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
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

    /** A case that did not finish in time, with where its thread was stuck. */
    static final class Hang extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String where;

        Hang(String message, String where) {
            super(message + "; stuck in" + where);
            this.where = where;
        }
    }

    /**
     * Runs {@code task} on a worker thread. After {@code timeoutMillis} the thread is interrupted
     * (a guest in an endless loop then ends with an "interrupted" trap, which is rethrown); if it
     * still has not finished after as long again, throws {@link Hang}. Whatever the task throws is
     * rethrown as is (errors included).
     */
    static synchronized <T> T withTimeout(long timeoutMillis, Callable<T> task) throws Throwable {
        CompletableFuture<T> done = new CompletableFuture<>();
        Thread[] running = new Thread[1];
        Future<?> f =
                worker.submit(
                        () -> {
                            running[0] = Thread.currentThread();
                            try {
                                done.complete(task.call());
                            } catch (Throwable t) {
                                done.completeExceptionally(t);
                            }
                        });
        try {
            return done.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause();
        } catch (TimeoutException e) {
            f.cancel(true);
            try {
                return done.get(timeoutMillis, TimeUnit.MILLISECONDS);
            } catch (ExecutionException e2) {
                throw e2.getCause();
            } catch (TimeoutException e2) {
                StringBuilder where = new StringBuilder();
                Thread t = running[0];
                if (t != null) {
                    StackTraceElement[] st = t.getStackTrace();
                    for (int i = 0; i < Math.min(st.length, 40); i++) {
                        where.append("\n\tat ").append(st[i]);
                    }
                }
                worker.shutdownNow();
                worker = newWorker(); // the old thread is stuck
                if (t != null) {
                    stop(t); // so that it does not spin for the rest of the run
                }
                throw new Hang(
                        "no result after "
                                + timeoutMillis
                                + " ms, nor "
                                + timeoutMillis
                                + " ms after an interrupt",
                        where.toString());
            }
        }
    }

    /** Kills a stuck test thread (Thread.stop still works on Java 17; test code only). */
    @SuppressWarnings({"deprecation", "removal"})
    private static void stop(Thread t) {
        try {
            t.stop();
        } catch (UnsupportedOperationException e) {
            // newer JDKs: leave it
        }
    }
}
