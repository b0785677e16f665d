package org.lstm97.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.util.Utils;

/**
 * The Spark configuration of a run. Settings given to spark-submit (or as {@code -Dspark.*} properties) win;
 * a local master additionally keeps everything on the loopback interface and starts no web UI.
 */
public final class SparkSettings {
    private static final String MASTER = "spark.master";

    private SparkSettings() {}

    /**
     * @param master  {@code --master}, or null: then spark-submit's master, else {@code local[threads]}
     * @param threads trials in parallel for the default local master
     */
    public static SparkConf conf(String master, int threads) {
        // spark-submit passes its settings as spark.* system properties, which SparkConf reads
        String chosen = master != null ? master : System.getProperty(MASTER, "local[" + threads + "]");
        if (isLocal(chosen)) {
            stayOnLoopback();
        }
        SparkConf conf = new SparkConf().setMaster(chosen);
        conf.setIfMissing("spark.app.name", "lstm97");
        conf.setIfMissing("spark.ui.showConsoleProgress", "false");
        withVectorApi(conf, "spark.executor.extraJavaOptions");
        if (isLocal(chosen)) {
            conf.setIfMissing("spark.ui.enabled", "false");
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        return conf;
    }

    /** Adds {@value #VECTOR_API} to the JVM options under {@code key} (kept if the user's options have it). */
    static void withVectorApi(SparkConf conf, String key) {
        String given = conf.get(key, "").trim();
        if (!given.contains("jdk.incubator.vector")) {
            conf.set(key, given.isEmpty() ? VECTOR_API : given + " " + VECTOR_API);
        }
    }

    /** Executors start with the Vector API, which the lane engine needs (without it they run scalar). */
    static final String VECTOR_API = "--add-modules jdk.incubator.vector";

    /**
     * Without {@code SPARK_LOCAL_IP}/{@code SPARK_LOCAL_HOSTNAME} in the environment, Spark scans the network
     * interfaces and reverse-resolves one (a DNS query leaving the machine) as soon as its configuration class
     * loads; naming this JVM 127.0.0.1 first prevents that. Only for local masters, before any SparkConf.
     */
    private static void stayOnLoopback() {
        if (System.getenv("SPARK_LOCAL_IP") == null && System.getenv("SPARK_LOCAL_HOSTNAME") == null) {
            Utils.setCustomHostname("127.0.0.1");
        }
    }

    static boolean isLocal(String master) {
        return master.startsWith("local");
    }
}
