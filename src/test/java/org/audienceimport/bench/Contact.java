package org.audienceimport.bench;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One generated contact, typed the way a spreadsheet would hold it. Texts that a CSV export shows
 * differently from the workbook (the birthday, the booleans) carry their CSV spelling too.
 *
 * @param phoneNumber   a phone kept as a NUMBER in the workbook (13 digits, like 4400114527199)
 * @param birthday      null when unknown
 * @param birthdayText  the CSV spelling: ISO or dd.MM.yyyy, "" when unknown
 * @param bonuses       a plain decimal literal ("1250", "312.5")
 * @param notes         free text with commas, quotes and now and then a line break; often empty
 */
record Contact(
        long id,
        String email,
        String phone,
        long phoneNumber,
        String firstName,
        String lastName,
        String firstNameRu,
        String gender,
        LocalDate birthday,
        String birthdayText,
        String loyaltyId,
        String bonuses,
        String boughtSomething,
        String city,
        String segment,
        String notes,
        String country,
        String channel,
        LocalDateTime registeredAt,
        int ordersCount,
        boolean subscribed) {

    static final String[] HEADER = {
        "id", "email", "phone", "phone_number", "first_name", "last_name", "имя", "gender", "birthday",
        "loyalty_id", "loyalty_bonuses", "bought_something", "city", "segment", "notes", "country", "channel",
        "registered_at", "orders_count", "subscribed"
    };

    static final int COLUMNS = HEADER.length;
}
