package org.audienceimport.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class FieldCatalogTest {

    private final FieldCatalog catalog = FieldCatalog.standard();

    @Test
    void everyFieldOfTheContractIsThereWithItsKind() {
        assertThat(catalog.fields()).extracting(Field::name).contains("email", "phone", "first_name", "last_name", "gender",
                "id", "age", "birthday", "bought_something", "email_bulk", "email_chain", "email_transactional", "sms_bulk",
                "sms_chain", "sms_transactional", "fb_id", "vk_id", "telegram_id", "location", "loyalty_id", "loyalty_status",
                "loyalty_bonuses", "loyalty_bonuses_to_next_level", "loyalty_card_location");
        assertThat(catalog.field("email").orElseThrow().identifier()).isTrue();
        assertThat(catalog.field("phone").orElseThrow().kind()).isEqualTo(FieldKind.PHONE);
        assertThat(catalog.field("age").orElseThrow().kind()).isEqualTo(FieldKind.INTEGER);
        assertThat(catalog.field("birthday").orElseThrow().kind()).isEqualTo(FieldKind.DATE);
        assertThat(catalog.field("sms_bulk").orElseThrow().kind()).isEqualTo(FieldKind.BOOLEAN);
    }

    @Test
    void nestedFieldsLiveInTheirArrays() {
        assertThat(catalog.groupNames()).containsExactly("auto", "kids");
        assertThat(catalog.groupFields("auto")).extracting(Field::name).containsExactly("brand", "model", "vds");
        assertThat(catalog.groupFields("kids")).extracting(Field::name).containsExactly("gender", "birthday");
        assertThat(catalog.groupField("kids", "birthday").orElseThrow().qualifiedName()).isEqualTo("kids.birthday");
    }

    @Test
    void everyFieldHasEnglishAndRussianTextsAndSynonyms() {
        for (Field field : catalog.fields()) {
            assertThat(field.label(Locale.ENGLISH)).as(field.name()).isNotBlank();
            assertThat(field.labels()).as(field.name()).containsKeys("en", "ru");
            assertThat(field.descriptions()).as(field.name()).containsKeys("en", "ru");
            assertThat(field.synonyms()).as(field.name()).isNotEmpty();
        }
        assertThat(catalog.field("email").orElseThrow().synonyms()).contains("e-mail", "email address", "почта");
        assertThat(catalog.field("phone").orElseThrow().synonyms()).contains("mobile", "телефон");
        assertThat(catalog.field("gender").orElseThrow().synonyms()).contains("sex", "пол");
        assertThat(catalog.field("gender").orElseThrow().label(Locale.of("ru"))).isEqualTo("Пол");
    }

    @Test
    void standardNamesAreReservedForCustomProperties() {
        assertThat(catalog.isReserved("email")).isTrue();
        assertThat(catalog.isReserved("auto")).isTrue();
        assertThat(catalog.isReserved("shop_secret")).isTrue();
        assertThat(catalog.isReserved("interests")).isFalse();
    }
}
