/**
 * Elementary functions of our own, made of IEEE-754 arithmetic only, so that every learner's result is the same
 * on every JVM and CPU ({@link org.lstm97.core.math.Exp}).
 */
package org.lstm97.core.math;
