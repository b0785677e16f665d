/** Whether a row reproduces the paper: the rule and its outcome. */
package org.lstm97.reports.verdict;
