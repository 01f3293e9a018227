package org.audienceimport.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class MappingJsonTest {

    private final MappingJson json = new MappingJson(FieldCatalog.standard());

    private static final String CONTRACT_EXAMPLE = """
            {
              "sheet": "Contacts",
              "header_row": 3,
              "segment_id": 146,
              "phone_region": "US",
              "date_order": "DMY",
              "columns": {
                "E-mail": "email",
                "Mobile": "phone",
                "Car Brand": "auto[0].brand",
                "Child DOB": "kids[0].birthday",
                "Interests": {"custom": "interests", "type": "array", "separator": ","},
                "Last Purchase": {"custom": "last_purchase", "type": "date"}
              },
              "constants": {"email_transactional": true}
            }
            """;

    @Test
    void readsTheContractsExample() throws Exception {
        Mapping mapping = json.parse(CONTRACT_EXAMPLE, "test");
        assertThat(mapping.sheet()).contains("Contacts");
        assertThat(mapping.headerRow()).hasValue(3);
        assertThat(mapping.segmentId()).contains(146L);
        assertThat(mapping.phoneRegion()).contains("US");
        assertThat(mapping.dateOrder()).contains(DateOrder.DMY);
        assertThat(mapping.columns().keySet()).containsExactly("E-mail", "Mobile", "Car Brand", "Child DOB", "Interests", "Last Purchase");
        assertThat(mapping.columns().get("Car Brand")).isInstanceOfSatisfying(Target.NestedTarget.class, t -> {
            assertThat(t.group()).isEqualTo("auto");
            assertThat(t.slot()).isZero();
            assertThat(t.field().name()).isEqualTo("brand");
        });
        assertThat(mapping.columns().get("Interests")).isEqualTo(
                new Target.CustomTarget("interests", CustomType.ARRAY, Optional.of(",")));
        assertThat(mapping.constants().get("email_transactional").asBoolean()).isTrue();
    }

    @Test
    void writesWhatItReads() throws Exception {
        Mapping mapping = json.parse(CONTRACT_EXAMPLE, "test");
        String written = json.write(mapping);
        assertThat(json.parse(written, "again")).isEqualTo(mapping);
        assertThat(written).contains("\"Car Brand\" : \"auto[0].brand\"");
    }

    @Test
    void optionalKeysMayBeLeftOut() throws Exception {
        Mapping mapping = json.parse("{\"columns\": {\"Email\": \"email\"}}", "test");
        assertThat(mapping.sheet()).isEmpty();
        assertThat(mapping.headerRow()).isEmpty();
        assertThat(mapping.constants()).isEmpty();
    }

    @Test
    void brokenJsonSaysWhere() {
        assertThatThrownBy(() -> json.parse("{\"columns\": {\"Email\": \"email\",}", "The mapping \u201Cm.json\u201D"))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("The mapping \u201Cm.json\u201D")
                .hasMessageContaining("not valid JSON at line 1");
    }

    @Test
    void unknownFieldsGetADidYouMean() {
        assertThatThrownBy(() -> json.parse("{\"columns\": {\"E-mail\": \"emial\", \"Car\": \"auto\"}}", "m"))
                .isInstanceOfSatisfying(MappingException.class, e -> assertThat(e.problems()).containsExactly(
                        "Column \u201CE-mail\u201D is mapped to \u201Cemial\u201D, which is not a field. Did you mean \u201Cemail\u201D?",
                        "Column \u201CCar\u201D is mapped to \u201Cauto\u201D, which is not a field. Name one field of one auto entry, "
                                + "for example \u201Cauto[0].brand\u201D."));
    }

    @Test
    void twoColumnsOnOneFieldAreRefused() {
        assertThatThrownBy(() -> json.parse("{\"columns\": {\"Mobile\": \"phone\", \"Home phone\": \"phone\","
                + " \"Car 1\": \"auto[0].brand\", \"Car 2\": \"auto[1].brand\"}}", "m"))
                .isInstanceOfSatisfying(MappingException.class, e -> assertThat(e.problems()).containsExactly(
                        "Columns \u201CMobile\u201D and \u201CHome phone\u201D are both mapped to \u201Cphone\u201D; a field takes "
                                + "one column. Map one of them elsewhere or leave it out."));
    }

    @Test
    void customPropertiesNeedAValidNameAndType() {
        assertThatThrownBy(() -> json.parse("{\"columns\": {\"A\": {\"custom\": \"Favourite Colour\"},"
                + " \"B\": {\"custom\": \"email\"}, \"C\": {\"custom\": \"x\", \"type\": \"money\"}}}", "m"))
                .isInstanceOfSatisfying(MappingException.class, e -> assertThat(e.problems()).containsExactly(
                        "Column \u201CA\u201D: the custom property name \u201CFavourite Colour\u201D may use only lower-case latin "
                                + "letters, digits and _ (for example \u201Cfavourite_colour\u201D).",
                        "Column \u201CB\u201D: \u201Cemail\u201D is a standard field, not a custom property. Map the column to "
                                + "\"email\" directly.",
                        "Column \u201CC\u201D: the custom type \u201Cmoney\u201D is unknown. Use string, integer, float, array, json or date."));
    }

    @Test
    void settingsAreChecked() {
        assertThatThrownBy(() -> json.parse("{\"segment_id\": \"abc\", \"phone_region\": \"USA\", \"date_order\": \"DDMM\","
                + " \"header_row\": 0, \"columns\": {\"E\": \"email\"}, \"constants\": {\"email_bulk\": \"yes\", \"phone\": \"1\"}}", "m"))
                .isInstanceOfSatisfying(MappingException.class, e -> assertThat(e.problems()).hasSize(6)
                        .anySatisfy(p -> assertThat(p).contains("\"segment_id\""))
                        .anySatisfy(p -> assertThat(p).contains("\"phone_region\""))
                        .anySatisfy(p -> assertThat(p).contains("\"date_order\""))
                        .anySatisfy(p -> assertThat(p).contains("\"header_row\""))
                        .anySatisfy(p -> assertThat(p).contains("\u201Cemail_bulk\u201D has the value \"yes\""))
                        .anySatisfy(p -> assertThat(p).contains("\u201Cphone\u201D identifies each contact")));
    }
}
