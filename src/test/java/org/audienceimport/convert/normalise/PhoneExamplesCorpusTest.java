package org.audienceimport.convert.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.google.i18n.phonenumbers.PhoneNumberUtil;

import org.audienceimport.mapping.FieldKind;
import org.audienceimport.source.Cell;
import org.audienceimport.testsupport.Corpora;
import org.junit.jupiter.api.Test;

/**
 * libphonenumber's example numbers (one per region and number type, national significant numbers): each,
 * typed with its region as the phone region, and also typed in international form with no region, must
 * normalise to a number sent without a warning whose digits are the country code and the number.
 *
 * <p>The corpus comes from a newer libphonenumber commit than the library on the classpath (9.0.19); the few
 * examples that library's own metadata does not yet hold valid (new ranges) must still be sent, with the
 * {@code phone_possible_only} warning, and are listed so a library update that makes them valid is noticed.
 */
class PhoneExamplesCorpusTest {

    private final ValueNormaliser phone = new ValueNormalisers().forKind(FieldKind.PHONE);

    record Example(String callingCode, String region, String type, String number) {
    }

    /** Examples whose ranges are newer than the metadata of libphonenumber 9.0.19. */
    private static final Set<String> NEWER_THAN_LIBRARY = Set.of(
            "AS FIXED_LINE_OR_MOBILE 6842740123", "BL PREMIUM_RATE 810123456", "GP PREMIUM_RATE 810123456",
            "MF PREMIUM_RATE 810123456", "GF PREMIUM_RATE 890123456");

    private final PhoneNumberUtil library = PhoneNumberUtil.getInstance();

    @Test
    void everyExampleNumberIsSentWithItsCountryCode() throws Exception {
        List<Example> examples = examples(Corpora.require("libphonenumber").resolve("metadata"));
        List<String> failures = new ArrayList<>();
        Set<String> possibleOnly = new HashSet<>();
        int checks = 0;
        for (Example example : examples) {
            String expected = example.callingCode() + example.number();
            if (!library.isValidNumber(library.parse("+" + expected, "ZZ"))) {
                possibleOnly.add(example.region() + " " + example.type() + " " + example.number());
                assertThat(phone.normalise(Cell.text("+" + expected), TestCells.NO_HINTS).warnings())
                        .extracting(Warning::code).containsExactly("phone_possible_only");
                continue;
            }
            if (!example.region().equals("001")) {
                check(example, example.number(), TestCells.region(example.region()), expected, failures);
                checks++;
            }
            check(example, "+" + expected, TestCells.NO_HINTS, expected, failures);
            checks++;
        }
        assertThat(examples).hasSizeGreaterThan(1000);
        assertThat(possibleOnly).isEqualTo(NEWER_THAN_LIBRARY);
        assertThat(failures).as("%d of %d checks failed", failures.size(), checks).isEmpty();
    }

    private void check(Example example, String typed, NormaliseContext context, String expected, List<String> failures) {
        Normalised result = phone.normalise(Cell.text(typed), context);
        boolean ok = result instanceof Normalised.Value value && value.value().equals(expected) && value.warnings().isEmpty();
        if (!ok) {
            failures.add(example + " typed " + typed + " -> " + result);
        }
    }

    static List<Example> examples(Path metadata) throws IOException {
        List<Example> examples = new ArrayList<>();
        try (Stream<Path> folders = Files.list(metadata)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                Path csv = folder.resolve("examples.csv");
                if (!Files.exists(csv)) {
                    continue;
                }
                List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
                for (String line : lines.subList(1, lines.size())) {
                    String[] parts = line.split(";");
                    if (parts.length == 3) {
                        examples.add(new Example(folder.getFileName().toString(), parts[0].strip(), parts[1].strip(),
                                parts[2].strip().replace("\"", "")));
                    }
                }
            }
        }
        return examples;
    }
}
