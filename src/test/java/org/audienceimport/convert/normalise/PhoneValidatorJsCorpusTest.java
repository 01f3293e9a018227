package org.audienceimport.convert.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.audienceimport.mapping.FieldKind;
import org.audienceimport.source.Cell;
import org.audienceimport.testsupport.Corpora;
import org.junit.jupiter.api.Test;

/**
 * validator.js's mobile numbers for the markets this app is used in: every number it calls valid, typed
 * with the locale's country as the phone region, is sent with that country's code. Its invalid lists are
 * not used: they hold real landlines, which are valid phone numbers for the platform.
 */
class PhoneValidatorJsCorpusTest {

    private static final Map<String, String> LOCALES = Map.of(
            "ru-RU", "7", "uk-UA", "380", "kk-KZ", "7", "en-GB", "44", "de-DE", "49", "fr-FR", "33", "en-US", "1");

    private final ValueNormaliser phone = new ValueNormalisers().forKind(FieldKind.PHONE);

    @Test
    void validMobileNumbersAreSentWithTheirCountryCode() throws IOException {
        JsonNode root = new ObjectMapper().readTree(Corpora.require("validatorjs-extracted").resolve("isMobilePhone.json").toFile());
        int checked = 0;
        for (JsonNode fixture : root.path("fixtures")) {
            String locale = fixture.path("locale").asText();
            String code = LOCALES.get(locale);
            if (code == null) {
                continue;
            }
            NormaliseContext context = TestCells.region(locale.substring(3));
            for (JsonNode number : fixture.path("valid")) {
                Normalised result = phone.normalise(Cell.text(number.asText()), context);
                assertThat(result).as("%s %s", locale, number.asText()).isInstanceOfSatisfying(Normalised.Value.class,
                        value -> assertThat((String) value.value()).startsWith(code).matches("\\d{8,15}"));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(80);
    }
}
