package dev.triggerstudio.lang.python;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain words for GraalPy's sandbox refusals, whose own messages name Java classes
 * ({@code com.oracle...PosixSupportLibrary$UnsupportedPosixFeatureException: getaddrinfo was
 * excluded}, {@code java.lang.SecurityException: Operation is not allowed for: }): a trigger's
 * author should read what was refused, not how the JVM said it.
 */
final class SandboxWords {
    /** The operating-system calls GraalPy refuses for socket use. */
    private static final Set<String> NETWORK_CALLS = Set.of("getaddrinfo", "getnameinfo", "gethostbyname",
            "gethostbyaddr", "socket", "connect", "bind", "listen", "accept", "send", "recv", "sendto", "recvfrom",
            "setsockopt", "getsockopt", "inet_aton", "inet_ntoa");
    private static final Pattern EXCLUDED = Pattern.compile("UnsupportedPosixFeatureException: (\\w+) was excluded");
    private static final Pattern JAVA_CLASS = Pattern.compile("\\b(?:[a-z][\\w]*\\.)+[A-Z][\\w$]*(?:Exception|Error)\\b:? ?");

    private SandboxWords() {
    }

    /** What to tell the author for an internal error of the Python sandbox. */
    static String refusal(String internal) {
        String m = internal == null ? "" : internal;
        Matcher excluded = EXCLUDED.matcher(m);
        if (excluded.find()) {
            String call = excluded.group(1);
            return NETWORK_CALLS.contains(call)
                    ? "network access is not allowed in a trigger (" + call + "); use the context namespaces instead"
                    : "the operating-system call " + call + " is not allowed in a trigger";
        }
        if (m.contains("ThreadDeath")) {
            return "the trigger tried to end the simulator's process (os._exit); return from execute instead";
        }
        if (m.contains("SecurityException")) {
            return "the host's files, folders and environment are not available in a trigger";
        }
        String words = withoutJavaClasses(m);
        return words.isBlank() ? "the Python sandbox stopped the trigger" : "the Python sandbox stopped the trigger: " + words;
    }

    /** The message with Java exception class names taken out. */
    static String withoutJavaClasses(String message) {
        return message == null ? "" : JAVA_CLASS.matcher(message).replaceAll("").strip();
    }
}
