package org.audienceimport.convert.normalise;

import java.util.Optional;

import org.audienceimport.mapping.CustomType;
import org.audienceimport.mapping.FieldKind;
import org.audienceimport.mapping.Target;
import org.audienceimport.source.Cell;

/**
 * The one entry point: picks the normaliser for a field kind or a custom property type. Resolve a
 * column's normaliser once with {@link #forTarget} and call it for every row. Immutable and thread-safe;
 * build one per import (it holds a JSON parser and libphonenumber's shared metadata).
 *
 * <p>Every normaliser returned answers {@link Normalised#EMPTY} for a missing, blank or error cell. For typed
 * fields (email, phone, gender, numbers, dates, json) the placeholders exports write for "no value"
 * ({@code null}, {@code NULL}, {@code n/a}, {@code #N/A}, {@code -}, {@code —}) are empty too; text fields keep them,
 * and a boolean reads {@code -} as no.
 */
public final class ValueNormalisers {

    private final ValueNormaliser email = typed(new EmailNormaliser());
    private final ValueNormaliser phone = typed(new PhoneNormaliser());
    private final ValueNormaliser string = plain(new StringNormaliser());
    private final ValueNormaliser gender = typed(new GenderNormaliser());
    private final ValueNormaliser integer = typed(NumberNormaliser.integers());
    private final ValueNormaliser decimal = typed(NumberNormaliser.decimals());
    private final ValueNormaliser bool = plain(new BooleanNormaliser());
    private final ValueNormaliser birthday = typed(DateNormaliser.birthdays());
    private final ValueNormaliser dateTime = typed(DateNormaliser.dateTimes());
    private final ValueNormaliser json = typed(new JsonNormaliser());

    public ValueNormaliser forKind(FieldKind kind) {
        return switch (kind) {
            case EMAIL -> email;
            case PHONE -> phone;
            case STRING -> string;
            case GENDER -> gender;
            case INTEGER -> integer;
            case NUMBER -> decimal;
            case BOOLEAN -> bool;
            case DATE -> birthday;
        };
    }

    /** @param separator for arrays; {@code ,} when empty */
    public ValueNormaliser forCustom(CustomType type, Optional<String> separator) {
        return switch (type) {
            case STRING -> string;
            case INTEGER -> integer;
            case FLOAT -> decimal;
            case ARRAY -> plain(new ArrayNormaliser(separator.orElse(ArrayNormaliser.DEFAULT_SEPARATOR)));
            case JSON -> json;
            case DATE -> dateTime;
        };
    }

    public ValueNormaliser forTarget(Target target) {
        return switch (target) {
            case Target.FieldTarget field -> forKind(field.field().kind());
            case Target.NestedTarget nested -> forKind(nested.field().kind());
            case Target.CustomTarget custom -> forCustom(custom.type(), custom.separator());
        };
    }

    public Normalised normalise(FieldKind kind, Cell cell, NormaliseContext context) {
        return forKind(kind).normalise(cell, context);
    }

    public Normalised normalise(Target target, Cell cell, NormaliseContext context) {
        return forTarget(target).normalise(cell, context);
    }

    private static ValueNormaliser plain(ValueNormaliser normaliser) {
        return (cell, context) -> isEmpty(cell) ? Normalised.EMPTY : normaliser.normalise(cell, context);
    }

    private static ValueNormaliser typed(ValueNormaliser normaliser) {
        return (cell, context) -> isEmpty(cell) || Texts.isPlaceholder(Texts.trim(cell.text()))
                ? Normalised.EMPTY : normaliser.normalise(cell, context);
    }

    /** Also a cell of only no-break or zero-width spaces, which {@link Cell#isEmpty()} counts as text. */
    private static boolean isEmpty(Cell cell) {
        return cell == null || cell.isEmpty() || Texts.trim(cell.text()).isEmpty();
    }
}
