package dev.triggerstudio.lang.python;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** GraalPy's refusals, as it words them (copied from real runs), become words for a trigger's author. */
class SandboxWordsTest {

    @Test
    void aRefusedSocketCallIsNetworkAccess() {
        assertThat(SandboxWords.refusal("com.oracle.graal.python.runtime.PosixSupportLibrary$UnsupportedPosixFeatureException:"
                + " getaddrinfo was excluded"))
                .isEqualTo("network access is not allowed in a trigger (getaddrinfo); use the context namespaces instead");
    }

    @Test
    void anotherExcludedCallIsNamedWithoutItsJavaClass() {
        assertThat(SandboxWords.refusal("com.oracle.graal.python.runtime.PosixSupportLibrary$UnsupportedPosixFeatureException:"
                + " fork_exec was excluded")).isEqualTo("the operating-system call fork_exec is not allowed in a trigger");
    }

    @Test
    void aSecurityExceptionIsTheHostsFilesAndEnvironment() {
        assertThat(SandboxWords.refusal("java.lang.SecurityException: Operation is not allowed for: "))
                .isEqualTo("the host's files, folders and environment are not available in a trigger");
    }

    @Test
    void anyOtherInternalErrorKeepsItsWordsButNotItsClassName() {
        assertThat(SandboxWords.refusal("java.lang.IllegalStateException: context closed"))
                .isEqualTo("the Python sandbox stopped the trigger: context closed");
        assertThat(SandboxWords.refusal(null)).isEqualTo("the Python sandbox stopped the trigger");
    }
}
