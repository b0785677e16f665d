package org.lstm97.core.plugin;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/** Finds every {@link PluginModule} on the class path and builds the {@link Registry} from them. */
public final class Plugins {
    private Plugins() {}

    /** Declares the four registries, so a kind nobody registers is an empty map rather than an error. */
    private static final class Declarations extends PluginModule {
        @Override
        protected void registerPlugins() {}
    }

    /** The plugin modules on the class path, sorted by class name so the wiring never depends on jar order. */
    public static List<PluginModule> discover() {
        return discover(Plugins.class.getClassLoader());
    }

    /**
     * The plugin modules {@code loader} sees (e.g. one over plugin jars from outside the class path, whose
     * parent is the class path's loader), sorted by class name.
     */
    public static List<PluginModule> discover(ClassLoader loader) {
        List<PluginModule> modules = new ArrayList<>();
        ServiceLoader.load(PluginModule.class, loader).forEach(modules::add);
        modules.sort(Comparator.comparing(m -> m.getClass().getName()));
        return modules;
    }

    /** A registry of every plugin on the class path. */
    public static Registry registry() {
        return registry(discover());
    }

    /** A registry of exactly {@code modules} (tests use this to wire a chosen set). */
    public static Registry registry(List<? extends Module> modules) {
        List<Module> all = new ArrayList<>(modules);
        all.add(new Declarations());
        Injector injector = Guice.createInjector(all);
        return injector.getInstance(Registry.class);
    }
}
