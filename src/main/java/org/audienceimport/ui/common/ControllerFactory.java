package org.audienceimport.ui.common;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import javafx.util.Callback;

/**
 * Builds FXML controllers with their dependencies passed to the constructor, from the recipes the
 * composition root registers. An FXML file naming a controller nobody registered is a programming
 * error, reported at once.
 */
public final class ControllerFactory implements Callback<Class<?>, Object> {

    private final Map<Class<?>, Supplier<?>> recipes = new HashMap<>();

    public <T> ControllerFactory register(Class<T> type, Supplier<? extends T> recipe) {
        recipes.put(type, recipe);
        return this;
    }

    @Override
    public Object call(Class<?> type) {
        Supplier<?> recipe = recipes.get(type);
        if (recipe == null) {
            throw new IllegalStateException("No controller recipe for " + type.getName()
                    + "; register it in the composition root");
        }
        return recipe.get();
    }
}
