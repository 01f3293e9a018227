package org.audienceimport.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.audienceimport.testsupport.InMemoryTableSource.row;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.audienceimport.testsupport.InMemoryTableSource;
import org.junit.jupiter.api.Test;

class SheetTableTest {

    private final InMemoryTableSource source = new InMemoryTableSource().sheet("Contacts", false,
            row(1, "Export of 2026-03-01"),
            row(3, " E-mail ", "Mobile\r\nphone", null, "Name"),
            row(4, "a@b.com", "79123456789", null, "Ann"),
            row(5),
            row(7, "c@d.com", null, null, "Bob", "extra"),
            row(9, "e@f.com", "79123456781", null, "Cy"));

    @Test
    void detectsTheHeaderAndNamesColumnsWithTheirLetters() throws Exception {
        try (SheetTable table = SheetTable.open(source, source.sheets().getFirst(), OptionalInt.empty())) {
            assertThat(table.headerRow()).isEqualTo(3);
            assertThat(table.columns()).extracting(Column::letter).containsExactly("A", "B", "C", "D", "E");
            assertThat(table.columns()).extracting(Column::header).containsExactly("E-mail", "Mobile phone", "", "Name", "");
            assertThat(table.columns().get(2).label()).isEqualTo("Column C");
        }
    }

    @Test
    void dataRowsKeepTheirSheetNumbersAndSkipBlanks() throws Exception {
        try (SheetTable table = SheetTable.open(source, source.sheets().getFirst(), OptionalInt.empty())) {
            assertThat(numbers(table)).containsExactly(4, 7, 9);
        }
        assertThat(source.openReaders()).isZero();
    }

    @Test
    void aChosenHeaderRowOverridesDetection() throws Exception {
        try (SheetTable table = SheetTable.open(source, source.sheets().getFirst(), OptionalInt.of(4))) {
            assertThat(table.columns().getFirst().header()).isEqualTo("a@b.com");
            assertThat(numbers(table)).containsExactly(7, 9);
        }
    }

    @Test
    void theFirstVisibleSheetWithDataIsChosenByDefault() throws Exception {
        InMemoryTableSource workbook = new InMemoryTableSource()
                .sheet("Secret", true, row(1, "Email"), row(2, "x@y.com"))
                .sheet("Cover", false, row(1))
                .sheet("Contacts", false, row(1, "Email"), row(2, "a@b.com"));
        assertThat(SheetChooser.choose(workbook, Optional.empty(), "book.xlsx").name()).isEqualTo("Contacts");
        assertThat(SheetChooser.choose(workbook, Optional.of("secret"), "book.xlsx").name()).isEqualTo("Secret");
        assertThat(workbook.openReaders()).isZero();
    }

    @Test
    void anUnknownSheetNameListsTheSheetsThereAre() {
        InMemoryTableSource workbook = new InMemoryTableSource()
                .sheet("Contacts", false, row(1, "Email"))
                .sheet("Old", true, row(1, "Email"));
        assertThatThrownBy(() -> SheetChooser.choose(workbook, Optional.of("Clients"), "\u201Cbook.xlsx\u201D"))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("no sheet named \u201CClients\u201D")
                .hasMessageContaining("\u201CContacts\u201D, \u201COld\u201D (hidden)");
    }

    private static List<Integer> numbers(SheetTable table) throws SourceException {
        List<Integer> numbers = new ArrayList<>();
        Row row;
        while ((row = table.nextDataRow()) != null) {
            numbers.add(row.number());
        }
        return numbers;
    }
}
