package dev.hearth.launch;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.JarURLConnection;
import java.net.URLConnection;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

/**
 * The {@code Main-Class} of Hearth's runnable jars. It is compiled for Java 8 (source root
 * {@code src/gate/java}, its own compiler execution) so that any {@code java} from 8 on can run it:
 * an older Java than the jar needs gets one line on stderr saying what to do, and exit code 1,
 * instead of an {@code UnsupportedClassVersionError}. On a new enough Java it calls the real main
 * class with the arguments unchanged and lets whatever that throws through as it is.
 *
 * <p>It reads three attributes of its jar's manifest: {@code Implementation-Title} (the name it
 * says), {@code Hearth-Java-Release} (the feature release needed) and {@code Hearth-Main-Class}.
 * Java 8 API only, no dependencies: the shaded jars of the relay and the client both carry it.
 */
public final class JavaVersionGate {

    static final String MAIN_CLASS = "Hearth-Main-Class";
    static final String JAVA_RELEASE = "Hearth-Java-Release";

    private JavaVersionGate() {}

    public static void main(String[] args) throws Throwable {
        Attributes manifest = ownManifest();
        int needed = Integer.parseInt(manifest.getValue(JAVA_RELEASE).trim());
        int running = featureRelease(System.getProperty("java.specification.version"));
        if (running < needed) {
            System.err.println(tooOld(manifest.getValue(Attributes.Name.IMPLEMENTATION_TITLE), needed, running,
                    System.getProperty("java.home")));
            System.exit(1);
        }
        callMain(manifest.getValue(MAIN_CLASS).trim(), args);
    }

    /** {@code "1.8"} → 8, {@code "17"} → 17, {@code "25"} → 25; anything unreadable → 0. */
    static int featureRelease(String specificationVersion) {
        String version = specificationVersion == null ? "" : specificationVersion.trim();
        if (version.startsWith("1.")) {
            version = version.substring(2);
        }
        int digits = 0;
        while (digits < version.length() && Character.isDigit(version.charAt(digits))) {
            digits++;
        }
        return digits == 0 ? 0 : Integer.parseInt(version.substring(0, digits));
    }

    static String tooOld(String name, int needed, int running, String javaHome) {
        return name + " needs Java " + needed + " or newer; this is Java " + running + " (" + javaHome + ")."
                + " Set JAVA_HOME to a Java " + needed + " and use its bin/java, or install one (e.g. Temurin "
                + needed + ").";
    }

    /** Runs {@code mainClass.main(args)}; an exception it throws comes out as itself, not wrapped. */
    static void callMain(String mainClass, String[] args) throws Throwable {
        Method main = Class.forName(mainClass).getMethod("main", String[].class);
        try {
            main.invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /**
     * The manifest of the jar this class was loaded from, found through the class's own resource:
     * a class loaded from an AOT cache ({@code -XX:AOTCache}, as the relay's package starts it) has
     * no code source location.
     */
    private static Attributes ownManifest() throws Exception {
        URLConnection connection = JavaVersionGate.class.getResource("JavaVersionGate.class").openConnection();
        if (!(connection instanceof JarURLConnection)) {
            throw new IllegalStateException("Hearth's launcher must run from its jar, not from " + connection.getURL());
        }
        connection.setUseCaches(false); // a jar file of its own, closed here, not one kept open for the JVM's life
        try (JarFile jar = ((JarURLConnection) connection).getJarFile()) {
            return jar.getManifest().getMainAttributes();
        }
    }
}
