package org.lstm97.spark;

import org.apache.spark.SparkConf;

/**
 * The Spark configuration of a run. Settings given to spark-submit (or as {@code -Dspark.*} properties) win;
 * a local master additionally keeps everything on the loopback interface and starts no web UI.
 */
public final class SparkSettings {
    private SparkSettings() {
    }

    /**
     * @param master  {@code --master}, or null: then spark-submit's master, else {@code local[threads]}
     * @param threads trials in parallel for the default local master
     */
    public static SparkConf conf(String master, int threads) {
        SparkConf conf = new SparkConf();
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[" + threads + "]");
        }
        conf.setIfMissing("spark.app.name", "lstm97");
        conf.setIfMissing("spark.ui.showConsoleProgress", "false");
        if (isLocal(conf.get("spark.master"))) {
            conf.setIfMissing("spark.ui.enabled", "false");
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        return conf;
    }

    static boolean isLocal(String master) {
        return master.startsWith("local");
    }
}
