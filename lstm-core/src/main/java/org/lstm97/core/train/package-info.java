/**
 * Training: the session that keeps every learner's bookkeeping, the online loop gradient learners share, the
 * fixed sets other learners sweep, frozen evaluation, and the probe stop rules use.
 */
package org.lstm97.core.train;
