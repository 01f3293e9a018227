package org.audienceimport.mapping;

/** How to read an ambiguous date such as 03/04/2021. */
public enum DateOrder {
    /** Day, month, year: 03/04/2021 is 3 April. */
    DMY,
    /** Month, day, year: 03/04/2021 is 4 March. */
    MDY,
    /** Year, month, day. */
    YMD
}
