package org.audienceimport.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.audienceimport.text.Text;
import org.junit.jupiter.api.Test;

/** A message kept as what to say is shown in the language of the moment, whatever it was when it was set. */
class LocalizedTextTest {

    private final Messages messages = new Messages(Locale.ENGLISH);
    private final LocalizedText text = new LocalizedText(this, "problem", messages);

    @Test
    void emptyUntilSetAndAfterClearing() {
        assertThat(text.get()).isEmpty();
        assertThat(text.isEmpty()).isTrue();
        text.set(UiText.key("upload.problem.shopId"));
        assertThat(text.isEmpty()).isFalse();
        text.clear();
        assertThat(text.textProperty().get()).isEmpty();
    }

    @Test
    void aCountedMessageTakesTheFormOfTheNewLanguage() {
        text.set(UiText.plural("check.report.saved", 3, "/tmp/errors.csv"));
        assertThat(text.get()).isEqualTo("Saved 3 rows with problems to /tmp/errors.csv.");

        messages.setLocale(Messages.RUSSIAN);

        assertThat(text.get()).isEqualTo("Сохранены 3 строки с проблемами в /tmp/errors.csv.");
    }

    @Test
    void anEngineMessageInsideAUiMessageIsRenderedInTheSameLanguageWithoutTheCommandLinesHints() {
        text.set(UiText.key("upload.problem.start", UiText.engine(Text.of("source.empty", "\u201Cempty.csv\u201D"))));
        messages.setLocale(Messages.RUSSIAN);

        assertThat(text.get()).isEqualTo("Не удалось начать отправку: Файл «empty.csv» пустой (0 байт). Проверьте, что он"
                + " сохранился полностью, или выберите другой файл.");
    }

    @Test
    void whatTheSystemSaidStaysAsItWasSaidButLosesTheCommandLinesHint() {
        text.set(UiText.key("upload.problem.start", UiText.verbatim("disk full (command line: --out)")));
        messages.setLocale(Messages.RUSSIAN);

        assertThat(text.get()).isEqualTo("Не удалось начать отправку: disk full");
    }

    @Test
    void everyKeyTheViewModelsKeepExistsInBothLanguages() throws IOException {
        Pattern named = Pattern.compile("UiText\\.(key|plural)\\(\\s*\"([\\w.]+)\"");
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/audienceimport/ui"))) {
            for (Path java : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = named.matcher(Files.readString(java));
                while (m.find()) {
                    keys.add(m.group(1).equals("plural") ? m.group(2) + ".one" : m.group(2));
                }
            }
        }
        assertThat(keys).hasSizeGreaterThan(20).contains("file.problem.unexpected", "check.report.saved.one");
        for (Locale language : List.of(Messages.ENGLISH, Messages.RUSSIAN)) {
            ResourceBundle bundle = new Messages(language).bundle();
            assertThat(keys).allSatisfy(key -> assertThat(bundle.containsKey(key)).as("%s in %s", key, language).isTrue());
        }
    }
}
