package org.audienceimport.bench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The UI benchmark measures the wizard as its installed launcher starts it: the bench profile's JVM options
 * ({@code bench.ui.jvm} in pom.xml) must be the Linux wizard launcher's ({@code installer/linux/wizard.properties}),
 * less what only an installed app has (its AOT cache, and the log option that keeps a missing cache quiet), plus a
 * heap limit of the bench's own. An option changed in one place and not the other fails here.
 */
class LauncherOptionsTest {

    private static final Pattern BENCH_JVM = Pattern.compile("<bench\\.ui\\.jvm>([^<]*)</bench\\.ui\\.jvm>");

    @Test
    void theUiBenchmarkStartsTheJvmWithTheWizardLaunchersOptions() throws IOException {
        List<String> launcher = options(launcherOptions()).stream()
                .filter(option -> !option.startsWith("-XX:AOTCache=") && !option.startsWith("-Xlog:")).toList();
        List<String> bench = options(benchOptions()).stream().filter(option -> !option.startsWith("-Xmx")).toList();

        assertThat(launcher).contains("-XX:ThreadPriorityPolicy=1", "-XX:CompilerThreadPriority=5");
        assertThat(bench).isEqualTo(launcher);
    }

    private static String launcherOptions() throws IOException {
        Properties launcher = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("installer/linux/wizard.properties"), StandardCharsets.UTF_8)) {
            launcher.load(in);
        }
        assertThat(launcher.getProperty("java-options")).as("java-options in wizard.properties").isNotBlank();
        return launcher.getProperty("java-options");
    }

    private static String benchOptions() throws IOException {
        Matcher jvm = BENCH_JVM.matcher(Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8));
        assertThat(jvm.find()).as("bench.ui.jvm in pom.xml").isTrue();
        return jvm.group(1);
    }

    private static List<String> options(String line) {
        return Arrays.stream(line.strip().split("\\s+")).toList();
    }
}
