package io.contractspec.examples.workflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.runtime.retention.RetentionPolicy;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The retention options of {@code serve}: defaults, "0" keeps a store forever, an archive folder. */
class RetentionOptionsTest {

    @Command(name = "serve")
    static final class Serve {
        @Mixin
        RetentionOptions retention;
    }

    private static RetentionPolicy parse(String... args) {
        Serve serve = new Serve();
        new CommandLine(serve).parseArgs(args);
        return serve.retention.policy();
    }

    @Test
    void keepsDeliveredEventsAWeekAndKeysADayAndAuditForeverByDefault() {
        RetentionPolicy policy = parse();

        assertThat(policy.deliveredEvents()).contains(Duration.ofDays(7));
        assertThat(policy.idempotencyKeys()).contains(Duration.ofDays(1));
        assertThat(policy.audit()).isEmpty();
        assertThat(policy.archive()).isEmpty();
        assertThat(RetentionOptions.defaults().deliveredEvents()).isEqualTo(policy.deliveredEvents());
    }

    @Test
    void zeroKeepsAStoreForeverAndAnArchiveFolderKeepsWhatIsPurged() {
        RetentionPolicy policy = parse("--keep-events", "0", "--keep-audit", "400d", "--archive", "/tmp/archive");

        assertThat(policy.deliveredEvents()).isEmpty();
        assertThat(policy.audit()).contains(Duration.ofDays(400));
        assertThat(policy.archive()).isPresent();
    }

    @Test
    void aDurationThatIsNotOneIsAUsageError() {
        Serve serve = new Serve();
        assertThat(new CommandLine(serve).execute("--keep-events", "soon")).isEqualTo(2);
    }
}
