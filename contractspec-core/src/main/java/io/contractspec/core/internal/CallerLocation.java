package io.contractspec.core.internal;

import io.contractspec.schema.SourceLocation;

/** Finds where a spec is defined: the first stack frame outside the library's own packages. */
public final class CallerLocation {

    private static final StackWalker WALKER = StackWalker.getInstance();

    private CallerLocation() {}

    /**
     * The caller's source file, as a path under its source root derived from the package
     * (e.g. {@code com/acme/orders/OrderOperations.java}), and line.
     */
    public static SourceLocation outside(String libraryPackagePrefix) {
        return WALKER.walk(frames -> frames
                .filter(frame -> !frame.getClassName().startsWith(libraryPackagePrefix))
                .findFirst()
                .map(frame -> new SourceLocation(sourcePath(frame), Math.max(frame.getLineNumber(), 0)))
                .orElse(SourceLocation.NONE));
    }

    private static String sourcePath(StackWalker.StackFrame frame) {
        String className = frame.getClassName();
        String fileName = frame.getFileName();
        int lastDot = className.lastIndexOf('.');
        String packagePath = lastDot < 0 ? "" : className.substring(0, lastDot).replace('.', '/') + "/";
        return packagePath + (fileName != null ? fileName : className.substring(lastDot + 1) + ".java");
    }
}
