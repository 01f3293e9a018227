package org.audienceimport.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Both languages say everything, and counted phrases agree with their numbers. */
class MessagesTest {

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/org/audienceimport/ui/messages" + suffix + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void russianHasEveryEnglishText() throws IOException {
        Set<String> english = bundle("").stringPropertyNames();
        Set<String> russian = new HashSet<>(bundle("_ru").stringPropertyNames());
        russian.removeIf(key -> key.endsWith(".few"));
        assertThat(russian).containsExactlyInAnyOrderElementsOf(english);
    }

    @Test
    void everyKeyTheViewsAskForExists() throws IOException {
        Set<String> keys = bundle("").stringPropertyNames();
        Pattern reference = Pattern.compile("\"%([\\w.]+)\"");
        Set<String> used = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/org/audienceimport/ui"))) {
            for (Path fxml : files.filter(p -> p.toString().endsWith(".fxml")).toList()) {
                Matcher m = reference.matcher(Files.readString(fxml));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(keys).containsAll(used);
    }

    @Test
    void russianCountsTakeTheirThreeForms() {
        Messages messages = new Messages(Messages.RUSSIAN);
        assertThat(messages.plural("summary.rows", 1)).isEqualTo("1 строка");
        assertThat(messages.plural("summary.rows", 3)).isEqualTo("3 строки");
        assertThat(messages.plural("summary.rows", 11)).isEqualTo("11 строк");
        assertThat(messages.plural("summary.rows", 21)).isEqualTo("21 строка");
        assertThat(messages.plural("summary.rows", 112)).isEqualTo("112 строк");
    }

    @Test
    void englishCountsAndSizesReadNaturally() {
        Messages messages = new Messages(Locale.ENGLISH);
        assertThat(messages.plural("summary.rows", 1)).isEqualTo("1 row");
        assertThat(messages.plural("summary.rows", 1_204)).isEqualTo("1,204 rows");
        assertThat(messages.fileSize(812)).isEqualTo("812 bytes");
        assertThat(messages.fileSize(46_080)).isEqualTo("45 KB");
        assertThat(messages.fileSize(1_258_291)).isEqualTo("1.2 MB");
    }

    @Test
    void anyOtherSystemLanguageGetsEnglishAndAMissingTextShowsItsKey() {
        Messages messages = new Messages(Locale.GERMANY);
        assertThat(messages.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(messages.get("wizard.next")).isEqualTo("_Next");
        assertThat(messages.get("no.such.key")).isEqualTo("!no.such.key!");
    }
}
