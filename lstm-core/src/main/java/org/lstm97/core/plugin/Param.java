package org.lstm97.core.plugin;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents one parameter of a plugin's parameter record and gives its default.
 *
 * <pre>{@code
 * public record AddingParams(
 *         @Param(doc = "minimal sequence length T", value = "100") int T) { }
 * }</pre>
 *
 * <p>{@link #value()} is written as it would be in YAML ("0.1", "[-1, -2]", "next-symbol", "null").
 * A parameter without a default is required.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface Param {

    /** Marks a parameter without a default: it must be given. */
    String REQUIRED = "\u0000required";

    /** The default, as a YAML scalar or flow sequence; {@link #REQUIRED} when there is none. */
    String value() default REQUIRED;

    /** One line describing the parameter, shown by {@code lstm97 list}. */
    String doc();
}
