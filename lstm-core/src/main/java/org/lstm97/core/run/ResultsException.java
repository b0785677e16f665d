package org.lstm97.core.run;

/**
 * A results folder that cannot be used as asked: in use by another run, a bad stored line, results of another
 * profile or configuration, a file that cannot be written. One line that names the folder or file (and line),
 * e.g. {@code results/toy/trials.jsonl:3: field 'presented' must be an integer >= 0, got -7}. The CLI prints
 * the message and exits with code 2, as for bad input.
 */
public final class ResultsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ResultsException(String message) {
        super(message);
    }

    public ResultsException(String message, Throwable cause) {
        super(message, cause);
    }
}
