/**
 * Test support shared with other modules through lstm-core's test-jar: a tiny real plugin set and helpers.
 */
package org.lstm97.core.testkit;
