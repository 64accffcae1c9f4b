package io.contractspec.docs.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of the pages, from the {@code io.contractspec.docs.labels} resource bundle. The base
 * bundle is English; a {@code labels_de.properties} beside it (or in any jar on the classpath)
 * localizes the pages. The JVM's default locale never leaks in: only the requested locale and the
 * base bundle are consulted, so output does not depend on the machine.
 */
public final class Labels {

    static final String BUNDLE = "io.contractspec.docs.labels";

    private final ResourceBundle bundle;
    private final Locale locale;

    private Labels(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    public static Labels of(Locale locale) {
        ResourceBundle.Control control = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        return new Labels(ResourceBundle.getBundle(BUNDLE, locale, Labels.class.getClassLoader(), control), locale);
    }

    /** The label as written in the bundle. */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("label '" + key + "' is missing from " + BUNDLE, e);
        }
    }

    /** The label with its {@code {0}}-style arguments filled in ({@link MessageFormat} rules). */
    public String format(String key, Object... arguments) {
        return new MessageFormat(get(key), locale).format(arguments);
    }

    public String yesNo(boolean value) {
        return get(value ? "value.yes" : "value.no");
    }
}
