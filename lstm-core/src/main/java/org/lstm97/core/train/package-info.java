/**
 * Training: the online loop gradient learners share, frozen evaluation, and the probe stop rules use.
 */
package org.lstm97.core.train;
