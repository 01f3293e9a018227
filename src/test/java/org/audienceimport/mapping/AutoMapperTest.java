package org.audienceimport.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class AutoMapperTest {

    private final AutoMapper mapper = new AutoMapper(FieldCatalog.standard());

    private AutoMapper.Suggestion suggest(ColumnProfile... columns) {
        return mapper.suggest(List.of(columns));
    }

    private static ColumnProfile column(String header, String... samples) {
        return new ColumnProfile(header, List.of(samples));
    }

    private static Map<String, String> described(AutoMapper.Suggestion suggestion) {
        Map<String, String> described = new java.util.LinkedHashMap<>();
        suggestion.mapping().columns().forEach((h, t) -> described.put(h, t.describe()));
        return described;
    }

    @Test
    void headersAreMatchedByNameSynonymAndLanguage() {
        AutoMapper.Suggestion suggestion = suggest(
                column("E-mail"), column("Mobile"), column("Sex"), column("Фамилия"), column("Имя"), column("Дата рождения"),
                column("Loyalty ID"));
        assertThat(described(suggestion)).containsExactly(
                Map.entry("E-mail", "email"), Map.entry("Mobile", "phone"), Map.entry("Sex", "gender"),
                Map.entry("Фамилия", "last_name"), Map.entry("Имя", "first_name"), Map.entry("Дата рождения", "birthday"),
                Map.entry("Loyalty ID", "loyalty_id"));
        assertThat(suggestion.columns().getFirst().confidence()).isEqualTo(AutoMapper.SYNONYM);
    }

    @Test
    void typosInHeadersAreMatchedWithLowerConfidence() {
        AutoMapper.Suggestion suggestion = suggest(column("Emial Address"), column("Telephon"));
        assertThat(described(suggestion)).containsEntry("Emial Address", "email").containsEntry("Telephon", "phone");
        assertThat(suggestion.columns()).allSatisfy(c -> assertThat(c.confidence()).isBetween(0.6, 0.9));
    }

    @Test
    void columnsAreRecognisedByTheirValues() {
        AutoMapper.Suggestion suggestion = suggest(
                column("Contact", "ann@example.com", "bob@example.org", "cy@example.net"),
                column("Col B", "+7 912 345-67-89", "8 (912) 345-67-80", "79123456781"),
                column("X", "m", "f", "F", "M"),
                column("When", "1990-03-11", "11.03.1991", "01/02/1985"),
                column("Notes", "likes cats", "VIP"));
        assertThat(described(suggestion)).containsExactly(Map.entry("Contact", "email"), Map.entry("Col B", "phone"),
                Map.entry("X", "gender"), Map.entry("When", "birthday"));
        assertThat(suggestion.columns().get(4).target()).isEmpty();
        assertThat(suggestion.columns().getFirst().reason()).contains("email addresses");
    }

    @Test
    void neverTwoColumnsOnOneField() {
        AutoMapper.Suggestion suggestion = suggest(column("Email"), column("E-mail"), column("Work email", "a@b.com", "c@d.com"));
        assertThat(suggestion.mapping().columns().values()).extracting(Target::slotKey).doesNotHaveDuplicates();
        assertThat(described(suggestion)).containsEntry("Email", "email").doesNotContainKey("E-mail");
    }

    @Test
    void numberedNestedColumnsGoToTheirSlots() {
        AutoMapper.Suggestion suggestion = suggest(column("Car 1 brand"), column("Car 1 model"), column("Car 2 brand"),
                column("Child DOB"), column("Child 2 DOB"));
        assertThat(described(suggestion)).containsExactly(
                Map.entry("Car 1 brand", "auto[0].brand"), Map.entry("Car 1 model", "auto[0].model"),
                Map.entry("Car 2 brand", "auto[1].brand"), Map.entry("Child DOB", "kids[0].birthday"),
                Map.entry("Child 2 DOB", "kids[1].birthday"));
    }

    @Test
    void unnumberedRepeatsFillTheNextSlot() {
        AutoMapper.Suggestion suggestion = suggest(column("Car brand"), column("Car brand"));
        assertThat(suggestion.columns()).extracting(c -> c.target().map(Target::describe))
                .containsExactly(Optional.of("auto[0].brand"), Optional.of("auto[1].brand"));
    }

    @Test
    void transactionalEmailIsOfferedAsAConstant() {
        assertThat(suggest(column("Email")).mapping().constants()).containsKey("email_transactional");
        assertThat(suggest(column("Email"), column("email_transactional")).mapping().constants()).isEmpty();
    }
}
