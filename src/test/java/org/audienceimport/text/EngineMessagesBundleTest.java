package org.audienceimport.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.audienceimport.mapping.DateOrder;
import org.audienceimport.mapping.FieldKind;
import org.junit.jupiter.api.Test;

/** The engine's two bundles say the same things with the same arguments, and every key the code names exists. */
class EngineMessagesBundleTest {

    private static final Locale RUSSIAN = Locale.of("ru");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    /** A key the engine's code names: a string literal that starts with one of the bundle's sections. */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"((?:source|convert|mapping|upload|duration)\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");
    private static final Pattern UI_TEXT_KEY = Pattern.compile("Text\\.of\\(\\s*\"([A-Za-z0-9_.]+)\"");
    /** Texts that are the same in both languages (symbols, codes, a pattern of arguments only). */
    private static final Set<String> SAME_IN_RUSSIAN = Set.of("verbatim", "mapping.failed", "mapping.kind.EMAIL");

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Text.class.getResourceAsStream("/org/audienceimport/text/messages" + suffix + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    @Test
    void russianHasEveryEnglishKeyAndNoOther() throws IOException {
        assertThat(bundle("_ru").stringPropertyNames()).containsExactlyInAnyOrderElementsOf(bundle("").stringPropertyNames());
    }

    @Test
    void eachRussianTextTakesTheSameArgumentsAsTheEnglish() throws IOException {
        Properties english = bundle("");
        Properties russian = bundle("_ru");
        for (String key : english.stringPropertyNames()) {
            assertThat(placeholders(russian.getProperty(key, "")))
                    .as("placeholders of %s", key)
                    .isEqualTo(placeholders(english.getProperty(key)));
        }
    }

    @Test
    void everyRussianTextIsWrittenInRussian() throws IOException {
        Properties russian = bundle("_ru");
        Pattern cyrillic = Pattern.compile("\\p{IsCyrillic}");
        for (String key : russian.stringPropertyNames()) {
            if (!SAME_IN_RUSSIAN.contains(key) && !key.startsWith("text.quote")) {
                assertThat(cyrillic.matcher(russian.getProperty(key)).find()).as("Russian text of %s", key).isTrue();
            }
        }
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> keys = bundle("").stringPropertyNames();
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/audienceimport"))) {
            for (Path java : files.filter(p -> p.toString().endsWith(".java") && !p.toString().contains("/cli/")).toList()) {
                // The UI has a bundle of its own: there only the keys given to Text.of are the engine's.
                Pattern wanted = java.toString().contains("/ui/") ? UI_TEXT_KEY : KEY_LITERAL;
                Matcher m = wanted.matcher(Files.readString(java));
                while (m.find()) {
                    named.add(m.group(1));
                }
            }
        }
        named.removeIf(key -> key.endsWith("."));
        assertThat(named).hasSizeGreaterThan(150).contains("source.closedForAnother", "upload.prepared.noFolder");
        assertThat(keys).containsAll(named);
        for (DateOrder order : DateOrder.values()) {
            assertThat(keys).contains("convert.date.order." + order.name());
        }
        for (FieldKind kind : FieldKind.values()) {
            assertThat(keys).contains("mapping.kind." + kind.name());
        }
        assertThat(keys).contains("upload.prepared.sizeDiffers", "upload.prepared.checksumDiffers");
    }

    @Test
    void everyIssueCodeHasANameInWords() throws IOException {
        Set<String> keys = bundle("").stringPropertyNames();
        Pattern code = Pattern.compile("\"([a-z]+(?:_[a-z0-9]+)+)\"");
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/audienceimport/convert"))) {
            for (Path java : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = code.matcher(Files.readString(java));
                while (m.find()) {
                    codes.add(m.group(1));
                }
            }
        }
        assertThat(codes).contains("email_invalid", "no_identifier", "duplicate_merged");
        assertThat(keys).containsAll(codes.stream().map(c -> "issue." + c).toList());
    }

    @Test
    void argumentsKeepTheirTextAndQuotedNamesTakeTheLanguagesQuotes() {
        Text missing = Text.of("source.noSheetNamed", "\u201Cclients.xlsx\u201D", "Contacts",
                java.util.List.of("\u201CSheet1\u201D", Text.of("source.hiddenSheet", "\u201CArchive\u201D")));

        assertThat(missing.english()).isEqualTo("\u201Cclients.xlsx\u201D has no sheet named \u201CContacts\u201D. "
                + "Its sheets are: \u201CSheet1\u201D, \u201CArchive\u201D (hidden).");
        assertThat(missing.in(RUSSIAN)).isEqualTo("В файле «clients.xlsx» нет листа «Contacts». "
                + "Листы в нём: «Sheet1», «Archive» (скрытый).");
        assertThat(missing.toString()).isEqualTo(missing.english());
    }

    @Test
    void countsDatesAndCountriesAreWrittenAsEachLanguageWritesThem() {
        Text counted = Text.of("source.xlsx.cellTooLong", "\u201Cx.xlsx\u201D", Text.grouped(1_048_576), Text.grouped(32_767));
        assertThat(counted.english()).contains("more than 1,048,576 characters", "allows 32,767)");
        assertThat(counted.in(RUSSIAN)).contains("больше 1\u00A0048\u00A0576 символов", "допускает 32\u00A0767)");

        Text ambiguous = Text.of("convert.date.ambiguous", "\u201C03/04/1990\u201D",
                Text.date(LocalDate.of(1990, 4, 3)), Text.date(LocalDate.of(1990, 3, 4)));
        assertThat(ambiguous.english()).startsWith("\u201C03/04/1990\u201D could be 3 April 1990 or 4 March 1990.");
        assertThat(ambiguous.in(RUSSIAN)).startsWith("«03/04/1990» может означать 3 апреля 1990 или 4 марта 1990.");

        Text region = Text.of("convert.phone.invalidInRegion", "\u201C12345\u201D", Text.country("DE"));
        assertThat(region.english()).contains("neither a valid Germany number");
        assertThat(region.in(RUSSIAN)).contains("(страна: Германия)");
    }

    @Test
    void aSecretIsTakenOutOfEveryArgumentHoweverDeep() {
        Text said = Text.of("upload.retry.tryingAgainIn", Text.of("upload.retry.serverProblemSaid", 500, "bad key s3cr3t"),
                Text.of("duration.s", 4));

        Text redacted = said.redacted(text -> text.replace("s3cr3t", "***"));

        assertThat(redacted.english()).isEqualTo("the server had a problem (500: bad key ***); trying again in 4 s");
        assertThat(redacted.in(RUSSIAN)).isEqualTo("на сервере сбой (500: bad key ***); новая попытка через 4 с");
    }

    @Test
    void anUnknownKeyShowsItselfRatherThanFailing() {
        assertThat(Text.of("no.such.key", 3).english()).isEqualTo("!no.such.key! [3]");
        assertThat(Text.verbatim("Connection reset").in(RUSSIAN)).isEqualTo("Connection reset");
    }
}
