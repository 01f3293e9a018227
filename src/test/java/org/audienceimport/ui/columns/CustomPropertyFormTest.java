package org.audienceimport.ui.columns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;

import org.audienceimport.mapping.CustomType;
import org.audienceimport.mapping.FieldCatalog;
import org.audienceimport.mapping.Target;
import org.audienceimport.ui.common.Messages;
import org.junit.jupiter.api.Test;

/** The custom property dialog's checks, without a window. */
class CustomPropertyFormTest {

    private final CustomPropertyForm form = new CustomPropertyForm(FieldCatalog.standard(), new Messages(Locale.ENGLISH));

    @Test
    void theNameIsCheckedAsItIsTyped() {
        assertThat(form.problem().get()).isNotEmpty();
        form.nameProperty().set("Interests");
        assertThat(form.problem().get()).contains("a-z");
        form.nameProperty().set("email");
        assertThat(form.problem().get()).contains("email").contains("already");
        form.nameProperty().set("interests");
        assertThat(form.problem().get()).isEmpty();
        assertThat(form.target()).contains(new Target.CustomTarget("interests", CustomType.STRING, Optional.empty()));
    }

    @Test
    void anArrayKeepsItsSeparator() {
        form.nameProperty().set("interests");
        form.typeProperty().set(CustomType.ARRAY);
        form.separatorProperty().set("");
        assertThat(form.target()).isEmpty();
        assertThat(form.problem().get()).isNotEmpty();
        form.separatorProperty().set(";");
        assertThat(form.target()).contains(new Target.CustomTarget("interests", CustomType.ARRAY, Optional.of(";")));
    }
}
