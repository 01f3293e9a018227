package org.audienceimport.convert.normalise;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Month and weekday names in English and Russian, full and abbreviated, Russian also in the genitive. */
final class MonthNames {

    private static final String[][] MONTHS = {
        {"january", "jan", "\u044F\u043D\u0432\u0430\u0440\u044C", "\u044F\u043D\u0432\u0430\u0440\u044F", "\u044F\u043D\u0432"},
        {"february", "feb", "\u0444\u0435\u0432\u0440\u0430\u043B\u044C", "\u0444\u0435\u0432\u0440\u0430\u043B\u044F", "\u0444\u0435\u0432", "\u0444\u0435\u0432\u0440"},
        {"march", "mar", "\u043C\u0430\u0440\u0442", "\u043C\u0430\u0440\u0442\u0430", "\u043C\u0430\u0440"},
        {"april", "apr", "\u0430\u043F\u0440\u0435\u043B\u044C", "\u0430\u043F\u0440\u0435\u043B\u044F", "\u0430\u043F\u0440"},
        {"may", "\u043C\u0430\u0439", "\u043C\u0430\u044F"},
        {"june", "jun", "\u0438\u044E\u043D\u044C", "\u0438\u044E\u043D\u044F", "\u0438\u044E\u043D"},
        {"july", "jul", "\u0438\u044E\u043B\u044C", "\u0438\u044E\u043B\u044F", "\u0438\u044E\u043B"},
        {"august", "aug", "\u0430\u0432\u0433\u0443\u0441\u0442", "\u0430\u0432\u0433\u0443\u0441\u0442\u0430", "\u0430\u0432\u0433"},
        {"september", "sep", "sept", "\u0441\u0435\u043D\u0442\u044F\u0431\u0440\u044C", "\u0441\u0435\u043D\u0442\u044F\u0431\u0440\u044F", "\u0441\u0435\u043D", "\u0441\u0435\u043D\u0442"},
        {"october", "oct", "\u043E\u043A\u0442\u044F\u0431\u0440\u044C", "\u043E\u043A\u0442\u044F\u0431\u0440\u044F", "\u043E\u043A\u0442"},
        {"november", "nov", "\u043D\u043E\u044F\u0431\u0440\u044C", "\u043D\u043E\u044F\u0431\u0440\u044F", "\u043D\u043E\u044F", "\u043D\u043E\u044F\u0431"},
        {"december", "dec", "\u0434\u0435\u043A\u0430\u0431\u0440\u044C", "\u0434\u0435\u043A\u0430\u0431\u0440\u044F", "\u0434\u0435\u043A"},
    };

    private static final Set<String> WEEKDAYS = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "\u043F\u043E\u043D\u0435\u0434\u0435\u043B\u044C\u043D\u0438\u043A", "\u0432\u0442\u043E\u0440\u043D\u0438\u043A",
            "\u0441\u0440\u0435\u0434\u0430", "\u0447\u0435\u0442\u0432\u0435\u0440\u0433", "\u043F\u044F\u0442\u043D\u0438\u0446\u0430",
            "\u0441\u0443\u0431\u0431\u043E\u0442\u0430", "\u0432\u043E\u0441\u043A\u0440\u0435\u0441\u0435\u043D\u044C\u0435",
            "\u043F\u043D", "\u0432\u0442", "\u0441\u0440", "\u0447\u0442", "\u043F\u0442", "\u0441\u0431", "\u0432\u0441");

    private static final Map<String, Integer> BY_NAME = byName();

    private MonthNames() {
    }

    private static Map<String, Integer> byName() {
        Map<String, Integer> names = new HashMap<>();
        for (int month = 0; month < MONTHS.length; month++) {
            for (String name : MONTHS[month]) {
                names.put(name, month + 1);
            }
        }
        return Map.copyOf(names);
    }

    /** 1 to 12 for a lower-case month name or abbreviation, 0 for anything else. */
    static int month(String lowerCaseToken) {
        return BY_NAME.getOrDefault(lowerCaseToken, 0);
    }

    static boolean isWeekday(String lowerCaseToken) {
        return WEEKDAYS.contains(lowerCaseToken);
    }
}
