package org.audienceimport.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The command line run as a user runs it: {@code org.audienceimport.Main} in a child JVM of its own, with
 * the app's folders under a test folder ({@code -Daudienceimport.home}), extra environment variables
 * (the shop secret), and its stdout and stderr written to files beside it.
 */
final class CliProcess {

    private final Path home;
    private final Map<String, String> environment;
    private final List<String> arguments;
    private final Path stdout;
    private final Path stderr;
    private final Process process;

    private CliProcess(Path home, Map<String, String> environment, List<String> arguments, Path stdout, Path stderr,
                       Process process) {
        this.home = home;
        this.environment = environment;
        this.arguments = arguments;
        this.stdout = stdout;
        this.stderr = stderr;
        this.process = process;
    }

    /**
     * Starts {@code Main} with {@code arguments}; output goes to {@code <name>.out} and {@code <name>.err}
     * in {@code outputDir}.
     */
    static CliProcess start(Path home, Map<String, String> environment, Path outputDir, String name, List<String> arguments)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Daudienceimport.home=" + home);
        // Messages hold curly quotes and dashes: read them as written, whatever the machine's locale.
        command.add("-Dstdout.encoding=UTF-8");
        command.add("-Dstderr.encoding=UTF-8");
        // A short-lived CLI on a small machine: start fast, stay small.
        command.add("-Xmx256m");
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("--enable-native-access=ALL-UNNAMED");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.audienceimport.Main");
        command.addAll(arguments);
        Files.createDirectories(outputDir);
        Path out = outputDir.resolve(name + ".out");
        Path err = outputDir.resolve(name + ".err");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        // Nothing to type: a prompt would see the end of its input at once.
        process.getOutputStream().close();
        return new CliProcess(home, environment, List.copyOf(arguments), out, err, process);
    }

    /** The same command again, in a new process, writing to {@code <name>.out} / {@code .err}. */
    CliProcess again(String name) throws IOException {
        return start(home, environment, stdout.getParent(), name, arguments);
    }

    Process process() {
        return process;
    }

    /** Waits for the exit code; kills the process and fails when it takes longer than {@code limit}. */
    int awaitExit(Duration limit) throws IOException, InterruptedException {
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("the command did not end within " + limit + "; stderr:\n" + stderr());
        }
        return process.exitValue();
    }

    String stdout() throws IOException {
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }

    String stderr() throws IOException {
        return Files.readString(stderr, StandardCharsets.UTF_8);
    }

    /** Ends the process if a failed test left it running. */
    void killIfAlive() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
