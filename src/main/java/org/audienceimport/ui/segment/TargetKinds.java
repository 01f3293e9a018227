package org.audienceimport.ui.segment;

import org.audienceimport.mapping.CustomType;
import org.audienceimport.mapping.FieldKind;
import org.audienceimport.mapping.Target;

/** Which targets the phone region and the date order act on. */
public final class TargetKinds {

    private TargetKinds() {
    }

    public static boolean isPhone(Target target) {
        return kind(target) == FieldKind.PHONE;
    }

    public static boolean isDate(Target target) {
        return kind(target) == FieldKind.DATE
                || target instanceof Target.CustomTarget custom && custom.type() == CustomType.DATE;
    }

    private static FieldKind kind(Target target) {
        return switch (target) {
            case Target.FieldTarget field -> field.field().kind();
            case Target.NestedTarget nested -> nested.field().kind();
            case Target.CustomTarget custom -> null;
        };
    }
}
