package org.audienceimport.convert.normalise;

import org.audienceimport.source.Cell;

/** Turns one non-empty cell into the value a field sends. Implementations are immutable and thread-safe. */
@FunctionalInterface
public interface ValueNormaliser {

    /**
     * @param cell never null and never {@link Cell#isEmpty() empty}: {@link ValueNormalisers} answers
     *             {@link Normalised#EMPTY} for those before calling
     */
    Normalised normalise(Cell cell, NormaliseContext context);
}
