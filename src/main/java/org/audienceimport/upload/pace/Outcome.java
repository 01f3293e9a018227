package org.audienceimport.upload.pace;

import java.io.IOException;

import org.audienceimport.upload.http.ApiAnswer;

/** What came of one request: an answer, or no answer at all. */
public sealed interface Outcome {

    record Answered(ApiAnswer answer) implements Outcome {
    }

    record Failed(IOException failure) implements Outcome {
    }
}
