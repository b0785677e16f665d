/**
 * What a full-gradient learner does with a sequence's gradient: plain gradient descent (the 1997 paper's rule, the
 * default) or Adam (Kingma &amp; Ba 2015), an option named in every row that uses it.
 */
package org.lstm97.baselines.support.optim;
