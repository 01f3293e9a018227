package org.audienceimport.sandbox;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The shape the contract ({@code shared/api/import-audience.md}) gives an audience object, checked the way a
 * strict server would. Written out here rather than read from the app's field catalogue on purpose: the
 * sandbox is the oracle the app's output is tested against, so it must not share the app's mistakes.
 *
 * <p>Every object needs an {@code email} or a {@code phone}; known fields have the contract's JSON types;
 * {@code auto} and {@code kids} are arrays of objects with their own fields only; any other key is a custom
 * property named {@code [a-z0-9_]+} whose value is a string, number, boolean, array of strings or object.
 * Booleans are allowed there because the contract's newer flags (whatsapp_*, max_*) arrive as custom keys.
 */
final class AudienceShape {

    private static final Pattern CUSTOM_KEY = Pattern.compile("[a-z0-9_]+");

    private static final Map<String, ValueType> FIELDS = Map.ofEntries(
            Map.entry("email", ValueType.EMAIL),
            Map.entry("phone", ValueType.PHONE),
            Map.entry("first_name", ValueType.STRING),
            Map.entry("middle_name", ValueType.STRING),
            Map.entry("last_name", ValueType.STRING),
            Map.entry("gender", ValueType.GENDER),
            Map.entry("id", ValueType.STRING_OR_NUMBER),
            Map.entry("external_id", ValueType.STRING_OR_NUMBER),
            Map.entry("age", ValueType.NUMBER),
            Map.entry("birthday", ValueType.DATE),
            Map.entry("bought_something", ValueType.BOOLEAN),
            Map.entry("email_bulk", ValueType.BOOLEAN),
            Map.entry("email_chain", ValueType.BOOLEAN),
            Map.entry("email_transactional", ValueType.BOOLEAN),
            Map.entry("sms_bulk", ValueType.BOOLEAN),
            Map.entry("sms_chain", ValueType.BOOLEAN),
            Map.entry("sms_transactional", ValueType.BOOLEAN),
            Map.entry("fb_id", ValueType.STRING),
            Map.entry("vk_id", ValueType.STRING),
            Map.entry("telegram_id", ValueType.STRING),
            Map.entry("mobile_token", ValueType.STRING),
            Map.entry("location", ValueType.STRING),
            Map.entry("loyalty_id", ValueType.STRING),
            Map.entry("loyalty_status", ValueType.STRING),
            Map.entry("loyalty_bonuses", ValueType.NUMBER),
            Map.entry("loyalty_bonuses_to_next_level", ValueType.NUMBER),
            Map.entry("loyalty_card_location", ValueType.STRING));

    private static final Map<String, Map<String, ValueType>> GROUPS = Map.of(
            "auto", Map.of("brand", ValueType.STRING, "model", ValueType.STRING, "vds", ValueType.STRING),
            "kids", Map.of("gender", ValueType.GENDER, "birthday", ValueType.DATE));

    private static final Set<String> REQUEST_KEYS = Set.of("shop_id", "shop_secret", "segment_id", "audience");

    private AudienceShape() {
    }

    /** Checks every object of the {@code audience} array; the first problem refuses the whole request. */
    static void check(JsonNode audience) throws Rejection {
        if (audience == null || audience.isMissingNode()) {
            throw badRequest("audience: missing; send an array of contact objects");
        }
        if (!audience.isArray()) {
            throw badRequest("audience: expected an array of objects, got " + Shown.value(audience));
        }
        for (int i = 0; i < audience.size(); i++) {
            checkObject(audience.get(i), "audience[" + i + "]");
        }
    }

    private static void checkObject(JsonNode object, String where) throws Rejection {
        if (!object.isObject()) {
            throw badRequest(where + ": expected an object, got " + Shown.value(object));
        }
        for (Map.Entry<String, JsonNode> property : object.properties()) {
            checkProperty(property.getKey(), property.getValue(), where + "." + property.getKey());
        }
        if (!object.has("email") && !object.has("phone")) {
            throw badRequest(where + ": has neither email nor phone; every contact needs at least one of them");
        }
    }

    private static void checkProperty(String key, JsonNode value, String where) throws Rejection {
        ValueType type = FIELDS.get(key);
        if (type != null) {
            complain(where, type.problem(value));
        } else if (GROUPS.containsKey(key)) {
            checkGroup(GROUPS.get(key), key, value, where);
        } else if (REQUEST_KEYS.contains(key)) {
            throw badRequest(where + ": belongs to the request, not to a contact");
        } else if (!CUSTOM_KEY.matcher(key).matches()) {
            throw badRequest(where + ": a custom property's name may hold only a-z, 0-9 and _");
        } else {
            checkCustomValue(value, where);
        }
    }

    private static void checkGroup(Map<String, ValueType> fields, String group, JsonNode value, String where)
            throws Rejection {
        if (!value.isArray()) {
            throw badRequest(where + ": expected an array of objects, got " + Shown.value(value));
        }
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            String itemWhere = where + "[" + i + "]";
            if (!item.isObject()) {
                throw badRequest(itemWhere + ": expected an object, got " + Shown.value(item));
            }
            for (Map.Entry<String, JsonNode> property : item.properties()) {
                ValueType type = fields.get(property.getKey());
                String propertyWhere = itemWhere + "." + property.getKey();
                if (type == null) {
                    throw badRequest(propertyWhere + ": not a field of " + group + " (it takes "
                            + String.join(", ", fields.keySet().stream().sorted().toList()) + ")");
                }
                complain(propertyWhere, type.problem(property.getValue()));
            }
        }
    }

    private static void checkCustomValue(JsonNode value, String where) throws Rejection {
        if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                complain(where + "[" + i + "]", ValueType.STRING.problem(value.get(i)));
            }
        } else if (!(value.isTextual() || value.isNumber() || value.isBoolean() || value.isObject())) {
            throw badRequest(where + ": expected a custom value (a string, number, boolean, array of strings or object),"
                    + " got " + Shown.value(value));
        }
    }

    private static void complain(String where, String problem) throws Rejection {
        if (problem != null) {
            throw badRequest(where + ": " + problem);
        }
    }

    private static Rejection badRequest(String message) {
        return new Rejection(400, message);
    }
}
