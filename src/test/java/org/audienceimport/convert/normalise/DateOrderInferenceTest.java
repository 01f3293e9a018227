package org.audienceimport.convert.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.audienceimport.convert.normalise.TestCells.NO_HINTS;
import static org.audienceimport.convert.normalise.TestCells.text;
import static org.audienceimport.convert.normalise.ValueAssertions.refused;
import static org.audienceimport.convert.normalise.ValueAssertions.sentCleanly;

import java.time.LocalDateTime;
import java.util.Optional;

import org.audienceimport.mapping.DateOrder;
import org.audienceimport.mapping.FieldKind;
import org.audienceimport.source.Cell;
import org.junit.jupiter.api.Test;

class DateOrderInferenceTest {

    private static DateOrderInference.Verdict verdict(String... values) {
        DateOrderInference inference = new DateOrderInference();
        for (String value : values) {
            inference.accept(text(value));
        }
        return inference.verdict();
    }

    @Test
    void aFirstPartOver12MeansDayFirst() {
        DateOrderInference.Verdict verdict = verdict("03/04/1990", "25/12/1990", "01/02/2000", "11.03.1990");
        assertThat(verdict.order()).contains(DateOrder.DMY);
        assertThat(verdict.dayFirstEvidence()).isEqualTo(1);
        assertThat(verdict.ambiguousValues()).isEqualTo(3);
        assertThat(verdict.conflicting()).isFalse();
    }

    @Test
    void aSecondPartOver12MeansMonthFirst() {
        assertThat(verdict("03/04/1990", "12/25/1990 10:00", "1/2/00").order()).contains(DateOrder.MDY);
    }

    @Test
    void aColumnWithoutEvidenceStaysUndecided() {
        DateOrderInference.Verdict verdict = verdict("03/04/1990", "05/06/1991", "1990-12-25", "25 March 1990", "07/07/1990");
        assertThat(verdict.order()).isEmpty();
        assertThat(verdict.ambiguousValues()).isEqualTo(2);
    }

    @Test
    void aColumnWithEvidenceBothWaysIsConflictingAndUndecided() {
        DateOrderInference.Verdict verdict = verdict("25/12/1990", "12/25/1990", "03/04/1990");
        assertThat(verdict.order()).isEmpty();
        assertThat(verdict.conflicting()).isTrue();
    }

    @Test
    void cellsThatAreNotYearLastDatesAreIgnored() {
        DateOrderInference inference = new DateOrderInference();
        inference.accept(null);
        inference.accept(Cell.BLANK);
        inference.accept(TestCells.date(LocalDateTime.of(1990, 12, 25, 0, 0)));
        inference.accept(TestCells.number(25121990d));
        inference.accept(text("1990/12/25"));
        inference.accept(text("hello"));
        inference.accept(text("25/12/199"));
        assertThat(inference.verdict()).isEqualTo(new DateOrderInference.Verdict(Optional.empty(), 0, 0, 0));
    }

    @Test
    void theChosenOrderWinsOverTheInferredOne() {
        DateOrderInference inference = new DateOrderInference();
        inference.accept(text("25/12/1990"));
        assertThat(inference.resolve(Optional.empty())).contains(DateOrder.DMY);
        assertThat(inference.resolve(Optional.of(DateOrder.MDY))).contains(DateOrder.MDY);
    }

    @Test
    void anInferredOrderSettlesTheAmbiguousValuesOfTheColumn() {
        ValueNormaliser birthday = new ValueNormalisers().forKind(FieldKind.DATE);
        DateOrderInference inference = new DateOrderInference();
        for (String value : new String[] {"03/04/1990", "12/25/1990"}) {
            inference.accept(text(value));
        }
        NormaliseContext column = NO_HINTS.withDateOrder(inference.resolve(Optional.empty()));
        assertThat(sentCleanly(birthday.normalise(text("03/04/1990"), column))).isEqualTo("1990-03-04");
        assertThat(refused(birthday.normalise(text("03/04/1990"), NO_HINTS)).code()).isEqualTo("date_ambiguous");
    }
}
