package io.contractspec.core.internal;

import io.contractspec.schema.SourceLocation;
import java.net.URL;
import java.security.CodeSource;
import java.util.Objects;

/** Finds where a spec is defined: the first stack frame outside the library's own classes. */
public final class CallerLocation {

    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);
    private static final URL LIBRARY = codeSource(CallerLocation.class);

    private CallerLocation() {}

    /**
     * The caller's source file, as a path under its source root derived from the package
     * (e.g. {@code com/acme/orders/OrderOperations.java}), and line.
     */
    public static SourceLocation outside(String libraryPackagePrefix) {
        return WALKER.walk(frames -> frames
                .filter(frame -> !isLibrary(frame, libraryPackagePrefix))
                .findFirst()
                .map(frame -> new SourceLocation(sourcePath(frame), Math.max(frame.getLineNumber(), 0)))
                .orElse(SourceLocation.NONE));
    }

    /**
     * The package alone is not enough: the library's tests, and any caller that shares its package
     * names, live in the same packages but are loaded from elsewhere.
     */
    private static boolean isLibrary(StackWalker.StackFrame frame, String libraryPackagePrefix) {
        return frame.getClassName().startsWith(libraryPackagePrefix)
                && Objects.equals(codeSource(frame.getDeclaringClass()), LIBRARY);
    }

    private static URL codeSource(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        return source == null ? null : source.getLocation();
    }

    private static String sourcePath(StackWalker.StackFrame frame) {
        String className = frame.getClassName();
        String fileName = frame.getFileName();
        int lastDot = className.lastIndexOf('.');
        String packagePath = lastDot < 0 ? "" : className.substring(0, lastDot).replace('.', '/') + "/";
        return packagePath + (fileName != null ? fileName : className.substring(lastDot + 1) + ".java");
    }
}
