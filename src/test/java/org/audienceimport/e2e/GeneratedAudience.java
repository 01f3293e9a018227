package org.audienceimport.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A contacts CSV made for the end-to-end tests, with what the account must hold once it is uploaded,
 * worked out from how the rows were made, not by the app's own conversion: the expected profiles come
 * from the generator's knowledge of which value it wrote for which contact.
 *
 * <p>The rows mix, deterministically:
 * <ul>
 * <li>plain contacts (email, an international phone written with spaces and a dash, names, bonuses),
 *     some with capitals in the email (the account holds it in lower case);</li>
 * <li>rows with neither a valid email nor a valid phone: excluded;</li>
 * <li>rows whose email is broken but whose phone is fine: imported by phone alone;</li>
 * <li>repeats of an earlier contact (its email in capitals, its phone written another way, a new first
 *     name and bonuses, no last name): merged, the later row's values winning and the earlier last
 *     name kept.</li>
 * </ul>
 * Names include accents, Cyrillic, apostrophes and a quoted comma, so UTF-8 and CSV quoting are on the way.
 */
final class GeneratedAudience {

    static final String HEADER = "Email,Phone,First name,Last name,Bonuses,City";
    static final long SEGMENT = 146;
    static final String MAPPING = """
            {"segment_id": %d,
             "columns": {"Email": "email", "Phone": "phone", "First name": "first_name", "Last name": "last_name",
                         "Bonuses": "loyalty_bonuses", "City": "location"}}
            """.formatted(SEGMENT);

    private static final String[] FIRST = {"Anna", "Zoë", "José", "Анна", "Mary-Jane", "Øystein", "Li", "Chloé"};
    private static final String[] LAST = {"Smith", "O'Brien", "Müller", "Иванова", "\"Smith, Jr.\"", "García", "Nakamura"};
    private static final String[] CITY = {"NY", "London", "Санкт-Петербург", "São Paulo", "Zürich"};

    private enum Kind { PLAIN, EXCLUDED, PHONE_ONLY, REPEAT }

    private static final int REPEAT_DISTANCE = 47;

    private final Path csv;
    private final Path mapping;
    private final int excluded;
    private final int repeats;
    private final Map<String, ObjectNode> byEmail;
    private final Map<String, ObjectNode> byPhone;

    private GeneratedAudience(Path csv, Path mapping, int excluded, int repeats,
                              Map<String, ObjectNode> byEmail, Map<String, ObjectNode> byPhone) {
        this.csv = csv;
        this.mapping = mapping;
        this.excluded = excluded;
        this.repeats = repeats;
        this.byEmail = byEmail;
        this.byPhone = byPhone;
    }

    /** Writes {@code contacts.csv} and {@code mapping.json} with {@code rows} data rows into {@code dir}. */
    static GeneratedAudience write(Path dir, int rows) throws IOException {
        Kind[] kinds = new Kind[rows];
        StringBuilder text = new StringBuilder(rows * 100).append(HEADER).append("\r\n");
        Map<String, ObjectNode> byEmail = new LinkedHashMap<>();
        Map<String, ObjectNode> byPhone = new LinkedHashMap<>();
        int excluded = 0;
        int repeats = 0;
        for (int i = 0; i < rows; i++) {
            kinds[i] = kind(i, kinds);
            String first = FIRST[i % FIRST.length];
            String last = LAST[i % LAST.length];
            String city = CITY[i % CITY.length];
            int bonuses = (i * 37) % 5000;
            switch (kinds[i]) {
                case PLAIN -> {
                    String written = i % 10 == 3 ? "Person" + i + "@Example.com" : "person" + i + "@example.com";
                    line(text, written, spaced(phoneDigits(i)), first, last, bonuses, city);
                    byEmail.put(email(i), expected(email(i), phoneDigits(i), first, unquoted(last), bonuses, city));
                }
                case EXCLUDED -> {
                    excluded++;
                    line(text, "no-at-sign-" + i + ".example.com", "12", first, last, bonuses, city);
                }
                case PHONE_ONLY -> {
                    line(text, "broken" + i + "@", spaced(phoneDigits(i)), first, last, bonuses, city);
                    ObjectNode contact = expected(null, phoneDigits(i), first, unquoted(last), bonuses, city);
                    byPhone.put(phoneDigits(i), contact);
                }
                case REPEAT -> {
                    repeats++;
                    int earlier = i - REPEAT_DISTANCE;
                    String newFirst = "Re-" + first;
                    line(text, email(earlier).toUpperCase(Locale.ROOT), bracketed(phoneDigits(earlier)), newFirst, "",
                            bonuses, city);
                    ObjectNode contact = byEmail.get(email(earlier));
                    contact.put("first_name", newFirst);
                    contact.put("loyalty_bonuses", bonuses);
                    contact.put("location", city);
                }
            }
        }
        Path csv = dir.resolve("contacts.csv");
        Files.writeString(csv, text, StandardCharsets.UTF_8);
        Path mapping = dir.resolve("mapping.json");
        Files.writeString(mapping, MAPPING, StandardCharsets.UTF_8);
        return new GeneratedAudience(csv, mapping, excluded, repeats, byEmail, byPhone);
    }

    private static Kind kind(int i, Kind[] kinds) {
        if (i % 101 == 50) {
            return Kind.EXCLUDED;
        }
        if (i % 103 == 30) {
            return Kind.PHONE_ONLY;
        }
        if (i % 29 == 11 && i >= REPEAT_DISTANCE && kinds[i - REPEAT_DISTANCE] == Kind.PLAIN) {
            return Kind.REPEAT;
        }
        return Kind.PLAIN;
    }

    private static String email(int i) {
        return "person" + i + "@example.com";
    }

    /** A Russian mobile number (+7 912 …), unique per row: 7912 and the row's index in 7 digits. */
    private static String phoneDigits(int i) {
        return "7912" + String.format(Locale.ROOT, "%07d", i);
    }

    private static String spaced(String digits) {
        return "+7 912 " + digits.substring(4, 7) + "-" + digits.substring(7, 9) + "-" + digits.substring(9);
    }

    private static String bracketed(String digits) {
        return "+7 (912) " + digits.substring(4);
    }

    private static String unquoted(String csvField) {
        return csvField.startsWith("\"") ? csvField.substring(1, csvField.length() - 1).replace("\"\"", "\"") : csvField;
    }

    private static void line(StringBuilder text, String email, String phone, String first, String last, int bonuses,
                             String city) {
        text.append(email).append(',').append(phone).append(',').append(first).append(',').append(last).append(',')
                .append(bonuses).append(',').append(city).append("\r\n");
    }

    private static ObjectNode expected(String email, String phone, String first, String last, int bonuses, String city) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        if (email != null) {
            node.put("email", email);
        }
        node.put("phone", phone);
        node.put("first_name", first);
        node.put("last_name", last);
        node.put("loyalty_bonuses", bonuses);
        node.put("location", city);
        return node;
    }

    Path csv() {
        return csv;
    }

    Path mapping() {
        return mapping;
    }

    int excludedRows() {
        return excluded;
    }

    int repeatedRows() {
        return repeats;
    }

    /** The contacts the account must hold: one per distinct email, and one per phone-only row. */
    int contacts() {
        return byEmail.size() + byPhone.size();
    }

    Map<String, ObjectNode> contactsByEmail() {
        return byEmail;
    }

    Map<String, ObjectNode> phoneOnlyContacts() {
        return byPhone;
    }

    /** Fields as their JSON text, so that 12 (a number) and "12" (a string) differ, and int and long do not. */
    static Map<String, String> fields(JsonNode object) {
        Map<String, String> fields = new TreeMap<>();
        object.properties().forEach(field -> fields.put(field.getKey(), field.getValue().toString()));
        return fields;
    }
}
