/** Tests of the Spark executor, with a test plugin whose task throws on purpose. */
package org.lstm97.spark;
