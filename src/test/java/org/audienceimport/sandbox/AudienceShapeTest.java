package org.audienceimport.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.ObjectMapper;

class AudienceShapeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String problem(String audience) throws Exception {
        Rejection rejection = catchThrowableOfType(Rejection.class, () -> AudienceShape.check(JSON.readTree(audience)));
        assertThat(rejection).as("a rejection of %s", audience).isNotNull();
        assertThat(rejection.status()).isEqualTo(400);
        return rejection.getMessage();
    }

    @Test
    void theContractsOwnExampleObjectPasses() {
        String example = """
                [{"email":"john.doe@examplemail.com","loyalty_id":"000001234567","phone":"4400114527199","id":"100500",
                  "fb_id":"000000000354677","vk_id":"vk031845","telegram_id":"0125762968357835",
                  "loyalty_card_location":"NY","loyalty_status":"5% discount","loyalty_bonuses":1123,
                  "loyalty_bonuses_to_next_level":1877,"gender":"m","location":"NY","first_name":"John","last_name":"Doe",
                  "age":31,"birthday":"1990-03-11","bought_something":true,"email_bulk":true,"email_chain":true,
                  "email_transactional":true,"sms_bulk":true,"sms_chain":true,"sms_transactional":true,
                  "auto":[{"brand":"Nissan","model":"Qashqai","vds":"TM7N243E4G0BJG978"},{"brand":"Toyota","model":"Corolla","vds":"987655431"}],
                  "kids":[{"birthday":"2015-07-28","gender":"f"},{"birthday":"2001-04-12","gender":"m"}],
                  "custom_string_property":"the string value of the custom property","custom_integer_property":100500,
                  "custom_float_property":7.62,"custom_array_of_string_property":["value1","value2","value3"],
                  "custom_json_property":{"key1":"value1","key2":"value2","key3":"value3"},
                  "custom_date_property":"2021-12-31 23:55:00"}]""";
        assertThatCode(() -> AudienceShape.check(JSON.readTree(example))).doesNotThrowAnyException();
    }

    @Test
    void eitherIdentifierIsEnoughAndAnEmptyAudienceIsFine() {
        assertThatCode(() -> AudienceShape.check(JSON.readTree("[{\"phone\":\"79123456789\"},{\"email\":\"a@b.co\"},"
                + "{\"id\":100500,\"email\":\"A.B+tag@Example.COM\"}]"))).doesNotThrowAnyException();
        assertThatCode(() -> AudienceShape.check(JSON.readTree("[]"))).doesNotThrowAnyException();
    }

    @Test
    void theBriefsExampleMessageNamesIndexAndField() throws Exception {
        StringBuilder audience = new StringBuilder("[");
        for (int i = 0; i < 17; i++) {
            audience.append("{\"email\":\"u").append(i).append("@example.com\"},");
        }
        audience.append("{\"email\":\"x@example.com\",\"birthday\":\"31/02/1990\"}]");
        assertThat(problem(audience.toString()))
                .isEqualTo("audience[17].birthday: expected a date YYYY-MM-DD, got \"31/02/1990\"");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "no identifier               | [{\"first_name\":\"Ann\"}]                          | audience[0]: has neither email nor phone",
        "not an object               | [{\"email\":\"a@b.co\"},42]                         | audience[1]: expected an object, got 42",
        "email without @             | [{\"email\":\"ann.example.com\"}]                   | audience[0].email: expected an email address",
        "email with a space          | [{\"email\":\"ann @example.com\"}]                  | audience[0].email: expected an email address",
        "phone with a plus           | [{\"phone\":\"+4400114527199\"}]                    | audience[0].phone: expected digits only",
        "phone as a number           | [{\"phone\":4400114527199}]                         | audience[0].phone: expected digits only",
        "impossible date             | [{\"phone\":\"4400114527199\",\"birthday\":\"1990-02-31\"}] | audience[0].birthday: expected a date YYYY-MM-DD, got \"1990-02-31\"",
        "gender word                 | [{\"phone\":\"4400114527199\",\"gender\":\"male\"}] | audience[0].gender: expected \"m\" or \"f\", got \"male\"",
        "age as text                 | [{\"phone\":\"4400114527199\",\"age\":\"31\"}]      | audience[0].age: expected a number, got \"31\"",
        "boolean as text             | [{\"phone\":\"4400114527199\",\"email_bulk\":\"yes\"}] | audience[0].email_bulk: expected true or false, got \"yes\"",
        "name as number              | [{\"phone\":\"4400114527199\",\"first_name\":7}]    | audience[0].first_name: expected a string, got 7",
        "null value                  | [{\"phone\":\"4400114527199\",\"last_name\":null}]  | audience[0].last_name: expected a string, got null",
        "auto not an array           | [{\"phone\":\"4400114527199\",\"auto\":{\"brand\":\"BMW\"}}] | audience[0].auto: expected an array of objects",
        "auto field as number        | [{\"phone\":\"4400114527199\",\"auto\":[{\"brand\":\"BMW\",\"vds\":123}]}] | audience[0].auto[0].vds: expected a string, got 123",
        "auto unknown field          | [{\"phone\":\"4400114527199\",\"auto\":[{\"colour\":\"red\"}]}] | audience[0].auto[0].colour: not a field of auto",
        "kid with a bad birthday     | [{\"phone\":\"4400114527199\",\"kids\":[{\"gender\":\"f\"},{\"birthday\":\"2015-13-01\"}]}] | audience[0].kids[1].birthday: expected a date YYYY-MM-DD",
        "custom key with capitals    | [{\"phone\":\"4400114527199\",\"Favourite Colour\":\"red\"}] | audience[0].Favourite Colour: a custom property's name may hold only a-z, 0-9 and _",
        "custom array of numbers     | [{\"phone\":\"4400114527199\",\"tags\":[\"a\",2]}]  | audience[0].tags[1]: expected a string, got 2",
        "custom null                 | [{\"phone\":\"4400114527199\",\"note\":null}]       | audience[0].note: expected a custom value",
        "request key in a contact    | [{\"phone\":\"4400114527199\",\"shop_secret\":\"x\"}] | audience[0].shop_secret: belongs to the request",
        "audience not an array       | {\"email\":\"a@b.co\"}                              | audience: expected an array of objects"})
    void badShapesNameTheItemAndTheField(String what, String audience, String expectedStart) throws Exception {
        assertThat(problem(audience)).startsWith(expectedStart);
    }

    @Test
    void theFirstBadItemIsReported() throws Exception {
        assertThat(problem("[{\"email\":\"a@b.co\"},{\"email\":\"b@b.co\",\"age\":\"x\"},{\"email\":\"nope\"}]"))
                .startsWith("audience[1].age:");
    }

    @Test
    void longValuesAreCutShortInMessages() throws Exception {
        String longName = "x".repeat(500);
        assertThat(problem("[{\"phone\":\"4400114527199\",\"gender\":\"" + longName + "\"}]")).hasSizeLessThan(200).endsWith("\u2026");
    }
}
