package org.audienceimport.ui.common;

/** Light or dark colours, or whatever the operating system uses. */
public enum ThemeChoice {
    SYSTEM, LIGHT, DARK
}
