/**
 * Code several baselines share, so that no baseline depends on another: the flattened connectivity of the
 * simple recurrent nets of logistic units ({@link org.lstm97.baselines.support.Topology}, its two layouts
 * {@link org.lstm97.baselines.support.Architecture}) and their initial weights
 * ({@link org.lstm97.baselines.support.InitialWeights}), used by the rtrl and bptt modules. No learner, no
 * plugin.
 */
package org.lstm97.baselines.support;
