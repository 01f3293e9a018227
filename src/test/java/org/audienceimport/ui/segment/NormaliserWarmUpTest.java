package org.audienceimport.ui.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;

import org.audienceimport.convert.normalise.ValueNormalisers;
import org.audienceimport.ui.wizard.WarmUp;
import org.junit.jupiter.api.Test;

class NormaliserWarmUpTest {

    @Test
    void normalisesWithAndWithoutAStartingRegion() {
        ValueNormalisers normalisers = new ValueNormalisers();
        WarmUp warmUp = new WarmUp(Arrays.asList(NormaliserWarmUp.job(normalisers, "RU", LocalDate.of(2026, 11, 29)),
                NormaliserWarmUp.job(normalisers, null, LocalDate.of(2026, 11, 29))));

        assertThat(warmUp.run()).isEqualTo(2);
    }
}
