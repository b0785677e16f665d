/**
 * Running experiments: grid expansion into trial specs, executors, the resumable JSON-lines result store.
 */
package org.lstm97.core.run;
