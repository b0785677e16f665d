/**
 * The Spark executor: trial specs become Spark tasks (one partition per trial), each worker rebuilds the
 * plugin registry from its class path and runs {@link org.lstm97.core.run.TrialRunner}, and finished results
 * stream back to the driver, which appends them to the usual result store.
 */
package org.lstm97.spark;
