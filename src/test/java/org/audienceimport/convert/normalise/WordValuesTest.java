package org.audienceimport.convert.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.audienceimport.convert.normalise.TestCells.NO_HINTS;
import static org.audienceimport.convert.normalise.TestCells.number;
import static org.audienceimport.convert.normalise.TestCells.text;
import static org.audienceimport.convert.normalise.ValueAssertions.refused;
import static org.audienceimport.convert.normalise.ValueAssertions.sentCleanly;

import org.audienceimport.mapping.FieldKind;
import org.audienceimport.source.Cell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Genders and booleans: words people type, in English and Russian. */
class WordValuesTest {

    private final ValueNormalisers normalisers = new ValueNormalisers();
    private final ValueNormaliser gender = normalisers.forKind(FieldKind.GENDER);
    private final ValueNormaliser bool = normalisers.forKind(FieldKind.BOOLEAN);

    @ParameterizedTest
    @ValueSource(strings = {"m", "M", " male ", "Male", "MAN", "man.", "boy", "\u043C", "\u041C", "\u043C\u0443\u0436",
        "\u041C\u0443\u0436.", "\u043C\u0443\u0436\u0441\u043A\u043E\u0439", "\u041C\u0443\u0436\u0447\u0438\u043D\u0430",
        "\u043C\u0430\u043B\u044C\u0447\u0438\u043A"})
    void maleWords(String written) {
        assertThat(sentCleanly(gender.normalise(text(written), NO_HINTS))).isEqualTo("m");
    }

    @ParameterizedTest
    @ValueSource(strings = {"f", "F", "female", "Female", "woman", "WOMAN.", "girl", "\u0436", "\u0416", "\u0436\u0435\u043D",
        "\u0416\u0435\u043D.", "\u0436\u0435\u043D\u0441\u043A\u0438\u0439", "\u0416\u0435\u043D\u0449\u0438\u043D\u0430",
        "\u0434\u0435\u0432\u043E\u0447\u043A\u0430"})
    void femaleWords(String written) {
        assertThat(sentCleanly(gender.normalise(text(written), NO_HINTS))).isEqualTo("f");
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", "other", "unknown", "1", "2", "mf", "males"})
    void otherGendersAreRefusedWithWhatToWrite(String written) {
        Normalised.Invalid invalid = refused(gender.normalise(text(written), NO_HINTS));
        assertThat(invalid.code()).isEqualTo("gender_unknown");
        assertThat(invalid.message()).isEqualTo("\u201C" + written + "\u201D is not a gender the app recognises."
                + " Use m or f (male/female and \u043C/\u0436 also work).");
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "TRUE", "True", "t", "yes", "Y", "1", "+", "\u0434\u0430", "\u0414\u0430", "\u0434",
        "\u0418\u0421\u0422\u0418\u041D\u0410", " yes "})
    void trueWords(String written) {
        assertThat(sentCleanly(bool.normalise(text(written), NO_HINTS))).isEqualTo(true);
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", "FALSE", "f", "no", "N", "0", "-", "\u043D\u0435\u0442", "\u041D\u0415\u0422", "\u043D",
        "\u041B\u041E\u0416\u042C"})
    void falseWords(String written) {
        assertThat(sentCleanly(bool.normalise(text(written), NO_HINTS))).isEqualTo(false);
    }

    @Test
    void excelCellsAreRead() {
        assertThat(sentCleanly(bool.normalise(Cell.bool(true), NO_HINTS))).isEqualTo(true);
        assertThat(sentCleanly(bool.normalise(Cell.bool(false), NO_HINTS))).isEqualTo(false);
        assertThat(sentCleanly(bool.normalise(number(1.0), NO_HINTS))).isEqualTo(true);
        assertThat(sentCleanly(bool.normalise(number(0.0), NO_HINTS))).isEqualTo(false);
        assertThat(refused(bool.normalise(number(2.0), NO_HINTS)).code()).isEqualTo("boolean_unknown");
    }

    @Test
    void placeholdersOtherThanDashAreEmpty() {
        assertThat(bool.normalise(text("NULL"), NO_HINTS)).isEqualTo(Normalised.EMPTY);
        assertThat(bool.normalise(text("n/a"), NO_HINTS)).isEqualTo(Normalised.EMPTY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"maybe", "2", "yes!", "ok", "\u0432\u043E\u0437\u043C\u043E\u0436\u043D\u043E"})
    void otherWordsAreRefused(String written) {
        Normalised.Invalid invalid = refused(bool.normalise(text(written), NO_HINTS));
        assertThat(invalid.code()).isEqualTo("boolean_unknown");
        assertThat(invalid.message()).isEqualTo("\u201C" + written + "\u201D is not a yes or no."
                + " Use true/false, yes/no or 1/0 (\u0434\u0430/\u043D\u0435\u0442 also work).");
    }
}
