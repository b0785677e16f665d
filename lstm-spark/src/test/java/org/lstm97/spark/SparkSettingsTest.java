package org.lstm97.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

/** The Spark configuration of a run: local masters stay on loopback without a UI; cluster masters are left alone. */
class SparkSettingsTest {

    @Test
    void withoutAMasterTheThreadsChooseALocalOne() {
        SparkConf conf = SparkSettings.conf(null, 3);
        assertThat(conf.get("spark.master")).isEqualTo("local[3]");
        assertThat(conf.get("spark.app.name")).isEqualTo("lstm97");
    }

    @Test
    void aLocalMasterStaysOnLoopbackWithoutAUserInterface() {
        SparkConf conf = SparkSettings.conf("local[*]", 2);
        assertThat(conf.get("spark.master")).isEqualTo("local[*]");
        assertThat(conf.get("spark.ui.enabled")).isEqualTo("false");
        assertThat(conf.get("spark.driver.host")).isEqualTo("127.0.0.1");
        assertThat(conf.get("spark.driver.bindAddress")).isEqualTo("127.0.0.1");
    }

    @Test
    void aClusterMasterKeepsTheDriversRealAddress() {
        SparkConf conf = SparkSettings.conf("spark://cluster:7077", 2);
        assertThat(conf.get("spark.master")).isEqualTo("spark://cluster:7077");
        assertThat(conf.contains("spark.driver.host")).isFalse();
        assertThat(conf.contains("spark.driver.bindAddress")).isFalse();
        assertThat(conf.contains("spark.ui.enabled")).isFalse();
    }
}
