package org.audienceimport.convert.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.Locale;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

import org.audienceimport.mapping.FieldKind;
import org.audienceimport.source.Cell;

/** Numbers formatted the way English, Russian, French and German spreadsheets show them read back exactly. */
class NumberProperties {

    private final ValueNormaliser decimal = new ValueNormalisers().forKind(FieldKind.NUMBER);
    private final ValueNormaliser integer = new ValueNormalisers().forKind(FieldKind.INTEGER);

    @Property(tries = 400)
    void decimalsWithGroupingReadBack(@ForAll @BigRange(min = "-100000000", max = "100000000") @Scale(4) BigDecimal value,
                                      @ForAll @IntRange(min = 0, max = 3) int localeIndex) {
        Locale locale = new Locale[] {Locale.US, Locale.forLanguageTag("ru"), Locale.FRANCE, Locale.GERMANY}[localeIndex];
        BigDecimal exact = value.stripTrailingZeros();
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(4);
        // A German "1.123" (one group, no fraction) is read as a decimal 1.123 on purpose; show a fraction there.
        format.setMinimumFractionDigits(locale.equals(Locale.GERMANY) ? 1 : 0);
        format.setParseBigDecimal(true);
        String written = format.format(exact);
        Normalised result = decimal.normalise(Cell.text(written), TestCells.NO_HINTS);
        Object sent = ((Normalised.Value) result).value();
        if (written.matches("-?[1-9]\\d{0,2},\\d{3}")) {
            // The one ambiguity: a lone comma before three digits is a thousands separator, with a warning.
            assertThat(sent).as("%s in %s", written, locale).isEqualTo(Long.parseLong(written.replace(",", "")));
            assertThat(result.warnings()).extracting(Warning::code).containsExactly("number_comma_thousands");
        } else {
            assertThat(new BigDecimal(sent.toString())).as("%s in %s", written, locale).isEqualByComparingTo(exact);
            assertThat(result.warnings()).isEmpty();
        }
    }

    @Property(tries = 300)
    void integersWithSpacesReadBack(@ForAll long value) {
        String written = String.format(Locale.forLanguageTag("ru"), "%,d", value);
        assertThat(integer.normalise(Cell.text(written), TestCells.NO_HINTS)).as(written).isEqualTo(Normalised.Value.of(value));
    }
}
