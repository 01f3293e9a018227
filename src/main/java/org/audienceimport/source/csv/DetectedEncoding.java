package org.audienceimport.source.csv;

import java.nio.charset.Charset;

/**
 * The charset a text file is read with, and how many bytes of byte-order mark precede the text.
 *
 * @param bomLength bytes to skip before decoding: the BOM is not part of the first header
 */
record DetectedEncoding(Charset charset, int bomLength) {
}
