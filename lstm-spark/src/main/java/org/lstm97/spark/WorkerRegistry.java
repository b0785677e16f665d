package org.lstm97.spark;

import org.lstm97.core.plugin.Plugins;
import org.lstm97.core.plugin.Registry;

/**
 * The plugin registry of a worker JVM: built from the worker's own class path (ServiceLoader), once per JVM,
 * never shipped from the driver. Every plugin module in the application jar is found, as on the driver.
 */
final class WorkerRegistry {
    private static Registry registry;

    private WorkerRegistry() {}

    static synchronized Registry get() {
        if (registry == null) {
            registry = Plugins.registry();
        }
        return registry;
    }
}
