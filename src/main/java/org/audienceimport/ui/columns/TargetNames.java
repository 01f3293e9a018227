package org.audienceimport.ui.columns;

import org.audienceimport.mapping.FieldCatalog;
import org.audienceimport.mapping.Target;
import org.audienceimport.ui.common.Messages;

/** How a target field is named in the list: its label in the UI language, then the API name. */
public final class TargetNames {

    private final FieldCatalog catalog;
    private final Messages messages;

    public TargetNames(FieldCatalog catalog, Messages messages) {
        this.catalog = catalog;
        this.messages = messages;
    }

    /** E.g. "Email · email", "Car 2: Brand · auto[1].brand", or "Don’t import". */
    public String name(Target target) {
        if (target == null) {
            return messages.get("columns.skip");
        }
        if (ColumnsStepViewModel.NEW_CUSTOM.equals(target)) {
            return messages.get("columns.customDialog.item");
        }
        return switch (target) {
            case Target.FieldTarget field -> field.field().label(messages.locale()) + "  \u00B7  " + target.describe();
            case Target.NestedTarget nested -> catalog.groupLabel(nested.group(), messages.locale()) + " " + (nested.slot() + 1)
                    + ": " + nested.field().label(messages.locale()) + "  \u00B7  " + target.describe();
            case Target.CustomTarget custom -> messages.get("columns.custom", custom.name());
        };
    }
}
