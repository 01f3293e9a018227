package org.audienceimport.convert.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.audienceimport.convert.normalise.TestCells.NO_HINTS;
import static org.audienceimport.convert.normalise.TestCells.text;
import static org.audienceimport.convert.normalise.ValueAssertions.sentCleanly;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.audienceimport.mapping.CustomType;
import org.audienceimport.mapping.FieldCatalog;
import org.audienceimport.mapping.FieldKind;
import org.audienceimport.mapping.Target;
import org.audienceimport.source.Cell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueNormalisersTest {

    private final ValueNormalisers normalisers = new ValueNormalisers();

    @ParameterizedTest
    @EnumSource(FieldKind.class)
    void emptyCellsAreOmittedForEveryKind(FieldKind kind) {
        ValueNormaliser normaliser = normalisers.forKind(kind);
        assertThat(normaliser.normalise(null, NO_HINTS)).isEqualTo(Normalised.EMPTY);
        assertThat(normaliser.normalise(Cell.BLANK, NO_HINTS)).isEqualTo(Normalised.EMPTY);
        assertThat(normaliser.normalise(text("   "), NO_HINTS)).isEqualTo(Normalised.EMPTY);
        assertThat(normaliser.normalise(Cell.error("#N/A"), NO_HINTS)).isEqualTo(Normalised.EMPTY);
    }

    @ParameterizedTest
    @EnumSource(CustomType.class)
    void emptyCellsAreOmittedForEveryCustomType(CustomType type) {
        ValueNormaliser normaliser = normalisers.forCustom(type, Optional.empty());
        assertThat(normaliser.normalise(Cell.BLANK, NO_HINTS)).isEqualTo(Normalised.EMPTY);
        assertThat(normaliser.normalise(text("\u00A0"), NO_HINTS)).isEqualTo(Normalised.EMPTY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "NULL", "None", "n/a", "N/A", "#N/A", "-", "\u2014", " -- "})
    void placeholdersAreEmptyForTypedFields(String placeholder) {
        for (FieldKind kind : List.of(FieldKind.EMAIL, FieldKind.PHONE, FieldKind.GENDER, FieldKind.INTEGER,
                FieldKind.NUMBER, FieldKind.DATE)) {
            assertThat(normalisers.normalise(kind, text(placeholder), NO_HINTS)).as("%s", kind).isEqualTo(Normalised.EMPTY);
        }
        assertThat(sentCleanly(normalisers.normalise(FieldKind.STRING, text(placeholder), NO_HINTS)))
                .isEqualTo(placeholder.strip());
    }

    @Test
    void targetsPickTheirFieldsNormaliser() {
        FieldCatalog catalog = FieldCatalog.standard();
        Target phone = new Target.FieldTarget(catalog.field("phone").orElseThrow());
        Target kidsBirthday = new Target.NestedTarget("kids", 0, catalog.groupField("kids", "birthday").orElseThrow());
        Target interests = new Target.CustomTarget("interests", CustomType.ARRAY, Optional.of(";"));
        Target id = new Target.FieldTarget(catalog.field("id").orElseThrow());
        assertThat(sentCleanly(normalisers.normalise(phone, text("+7 912 345-67-89"), NO_HINTS))).isEqualTo("79123456789");
        assertThat(sentCleanly(normalisers.normalise(kidsBirthday, text("2015-07-28"), NO_HINTS))).isEqualTo("2015-07-28");
        assertThat(sentCleanly(normalisers.normalise(interests, text("a; b"), NO_HINTS))).isEqualTo(List.of("a", "b"));
        assertThat(sentCleanly(normalisers.normalise(id, TestCells.number(100500.0), NO_HINTS))).isEqualTo("100500");
    }

    @Test
    void everyCatalogueFieldHasANormaliser() {
        FieldCatalog catalog = FieldCatalog.standard();
        assertThat(catalog.fields()).isNotEmpty().allSatisfy(field -> assertThat(normalisers.forKind(field.kind())).isNotNull());
    }

    @Test
    void oneInstanceServesManyThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> jobs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                jobs.add(() -> {
                    for (int i = 0; i < 500; i++) {
                        String phone = "+7 912 " + (1000000 + i);
                        Object sent = sentCleanly(normalisers.normalise(FieldKind.PHONE, text(phone), NO_HINTS));
                        Object json = sentCleanly(normalisers.forCustom(CustomType.JSON, Optional.empty())
                                .normalise(text("{\"i\":" + i + "}"), NO_HINTS));
                        Object email = sentCleanly(normalisers.normalise(FieldKind.EMAIL, text("U" + i + "@Domain" + (i % 7) + ".com"),
                                NO_HINTS));
                        if (!sent.equals("7912" + (1000000 + i)) || !json.toString().equals("{\"i\":" + i + "}")
                                || !email.equals("u" + i + "@domain" + (i % 7) + ".com")) {
                            return false;
                        }
                    }
                    return true;
                });
            }
            for (Future<Boolean> result : pool.invokeAll(jobs)) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
