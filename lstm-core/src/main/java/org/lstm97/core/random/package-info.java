/**
 * Seed derivation and random draws: every stream is derived from (base seed, names), so results are
 * bit-identical whatever the thread count or executor.
 */
package org.lstm97.core.random;
