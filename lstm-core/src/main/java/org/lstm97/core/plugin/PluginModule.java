package org.lstm97.core.plugin;

import com.google.inject.AbstractModule;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.MapBinder;

/**
 * The one Guice module a plugin Maven module contributes. List it in
 * {@code META-INF/services/org.lstm97.core.plugin.PluginModule}; {@link Plugins} finds every such module with
 * {@link java.util.ServiceLoader} and installs them in the order of their class names.
 *
 * <pre>{@code
 * public final class AddingPlugin extends PluginModule {
 *     @Override protected void registerPlugins() { register(new AddingTaskFactory()); }
 * }
 * }</pre>
 *
 * Registering two factories under the same type name of the same kind fails when the injector is created.
 */
public abstract class PluginModule extends AbstractModule {
    private MapBinder<String, LearnerFactory<?>> learners;
    private MapBinder<String, TaskFactory<?>> tasks;
    private MapBinder<String, StopRuleFactory<?>> stopRules;
    private MapBinder<String, MetricFactory<?>> metrics;

    @Override
    protected final void configure() {
        learners =
                MapBinder.newMapBinder(binder(), new TypeLiteral<String>() {}, new TypeLiteral<LearnerFactory<?>>() {});
        tasks = MapBinder.newMapBinder(binder(), new TypeLiteral<String>() {}, new TypeLiteral<TaskFactory<?>>() {});
        stopRules = MapBinder.newMapBinder(
                binder(), new TypeLiteral<String>() {}, new TypeLiteral<StopRuleFactory<?>>() {});
        metrics =
                MapBinder.newMapBinder(binder(), new TypeLiteral<String>() {}, new TypeLiteral<MetricFactory<?>>() {});
        registerPlugins();
    }

    /** Calls {@link #register} once per factory this module contributes. */
    protected abstract void registerPlugins();

    /** Registers {@code factory} under its type name and kind. */
    protected final void register(PluginFactory<?, ?> factory) {
        switch (factory.kind()) {
            case LEARNER -> learners.addBinding(factory.type()).toInstance((LearnerFactory<?>) factory);
            case TASK -> tasks.addBinding(factory.type()).toInstance((TaskFactory<?>) factory);
            case STOP_RULE -> stopRules.addBinding(factory.type()).toInstance((StopRuleFactory<?>) factory);
            case METRIC -> metrics.addBinding(factory.type()).toInstance((MetricFactory<?>) factory);
            default -> throw new IllegalStateException("unknown kind " + factory.kind());
        }
    }
}
