/**
 * The plugin mechanism: factories registered by YAML type name in Guice {@code MapBinder}s, one
 * {@link org.lstm97.core.plugin.PluginModule} per plugin Maven module found by {@code ServiceLoader}, and the
 * binder that turns a YAML map into a factory's typed parameter record.
 */
package org.lstm97.core.plugin;
