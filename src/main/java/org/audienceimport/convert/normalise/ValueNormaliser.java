package org.audienceimport.convert.normalise;

import org.audienceimport.source.Cell;

/** Turns one non-empty cell into the value a field sends. Implementations are immutable and thread-safe. */
@FunctionalInterface
public interface ValueNormaliser {

    /**
     * @param cell may be null (a blank cell); the normalisers {@link ValueNormalisers} hands out answer
     *             {@link Normalised#EMPTY} for null, blank and error cells
     */
    Normalised normalise(Cell cell, NormaliseContext context);
}
