package dev.dovetail.runtime.diff;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One long-lived Python process running {@code wasmtime_driver.py}: cases go in as JSON lines on
 * its standard input, answers come back as JSON lines. A process that dies or does not answer in
 * time is replaced, and the case is answered as {@code driver}.
 */
final class WasmtimeDriver implements AutoCloseable {
    /** What Wasmtime did with a case (see the driver script for the statuses). */
    record Answer(String status, String result, String message, List<String> seen, String again) {}

    private static final String PYTHON = System.getProperty("dovetail.python", "python3");

    private final Path script;
    private final long timeoutMillis;
    private Process process;
    private Writer in;
    private BlockingQueue<String> lines;

    private WasmtimeDriver(Path script, long timeoutMillis) {
        this.script = script;
        this.timeoutMillis = timeoutMillis;
    }

    /**
     * Why the driver cannot run here (no Python, or no {@code wasmtime} package with the component
     * API), or {@code null} when it can.
     */
    static String unavailable() {
        try {
            Process p =
                    new ProcessBuilder(PYTHON, "-c", "import wasmtime.component")
                            .redirectErrorStream(true)
                            .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return PYTHON + " did not answer";
            }
            return p.exitValue() == 0
                    ? null
                    : "Python's wasmtime package with the component API is missing: " + out.trim();
        } catch (IOException e) {
            return "no " + PYTHON + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    static WasmtimeDriver start(long timeoutMillis) throws IOException {
        Path script = Files.createTempFile("wasmtime_driver", ".py");
        script.toFile().deleteOnExit();
        try (InputStream s = WasmtimeDriver.class.getResourceAsStream("wasmtime_driver.py")) {
            Files.write(script, s.readAllBytes());
        }
        WasmtimeDriver d = new WasmtimeDriver(script, timeoutMillis);
        d.launch();
        return d;
    }

    private void launch() throws IOException {
        process =
                new ProcessBuilder(PYTHON, "-u", script.toString())
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
        in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        BlockingQueue<String> queue = new ArrayBlockingQueue<>(4);
        lines = queue;
        BufferedReader out =
                new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Thread reader =
                new Thread(
                        () -> {
                            try {
                                String line;
                                while ((line = out.readLine()) != null) {
                                    queue.put(line);
                                }
                                queue.put("");
                            } catch (IOException | InterruptedException e) {
                                queue.offer("");
                            }
                        },
                        "wasmtime-driver-reader");
        reader.setDaemon(true);
        reader.start();
        Answer ready = read();
        if (!"ready".equals(ready.status())) {
            throw new IOException("the Wasmtime driver did not start: " + ready.message());
        }
    }

    /** Runs component {@code wasm}'s {@code g} with the argument in JSON. */
    Answer run(byte[] wasm, String argJson) throws IOException {
        String request =
                "{\"wasm\":\""
                        + Base64.getEncoder().encodeToString(wasm)
                        + "\",\"arg\":"
                        + argJson
                        + "}\n";
        try {
            in.write(request);
            in.flush();
        } catch (IOException e) {
            restart();
            return new Answer(
                    "driver", null, "the driver died: " + e.getMessage(), List.of(), null);
        }
        Answer a = read();
        if (a.status().equals("driver") && a.message().startsWith("no answer")) {
            restart();
        }
        return a;
    }

    private Answer read() {
        String line;
        try {
            line = lines.poll(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            line = null;
        }
        if (line == null || line.isEmpty()) {
            return new Answer(
                    "driver",
                    null,
                    line == null
                            ? "no answer after " + timeoutMillis + " ms"
                            : "no answer: the driver exited",
                    List.of(),
                    null);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) Json.parse(line);
        @SuppressWarnings("unchecked")
        List<String> seen = (List<String>) m.getOrDefault("seen", List.of());
        return new Answer(
                (String) m.get("status"),
                (String) m.get("result"),
                (String) m.get("message"),
                seen,
                (String) m.get("again"));
    }

    private void restart() throws IOException {
        process.destroyForcibly();
        launch();
    }

    @Override
    public void close() {
        try {
            in.close();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
