package io.contractspec.cli;

import static io.contractspec.cli.CliRun.FIXTURE_CLASSPATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.contractspec.cli.command.McpCommand;
import io.contractspec.cli.command.UsageException;
import io.contractspec.runtime.Principal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code contractspec mcp}: its identity options; the stdio session itself runs in the workflow example's tests. */
class McpCommandTest {

    private static final String SECRET = "a-secret-of-at-least-thirty-two-bytes!";

    @Test
    void callsRunAsThePrincipalOfTheTokenCheckedWithTheSecretFromTheEnvironment() throws Exception {
        McpCommand command = parse("--token", token("u-7", "org-3", SECRET), "--issuer", "https://login.example.com/");

        Principal principal = command.principal(Map.of("CONTRACTSPEC_JWT_SECRET", SECRET));

        assertThat(principal.userId()).isEqualTo("u-7");
        assertThat(principal.organizationId()).isEqualTo("org-3");
        assertThat(principal.roles()).containsExactly("member");
    }

    @Test
    void withoutATokenCallsAreAnonymous() {
        assertThat(parse().principal(Map.of())).isNull();
    }

    @Test
    void aTokenThatDoesNotHoldStopsTheCommandWithAUsageError() throws Exception {
        McpCommand wrongSecret = parse("--token", token("u-7", "org-3", SECRET.replace('a', 'b')));
        assertThatThrownBy(() -> wrongSecret.principal(Map.of("CONTRACTSPEC_JWT_SECRET", SECRET)))
                .isInstanceOf(UsageException.class).hasMessageContaining("signature");

        CliRun noSecret = CliRun.of("mcp", "-cp", FIXTURE_CLASSPATH, "--token", token("u-7", "org-3", SECRET),
                "--jwt-secret-env", "CONTRACTSPEC_TEST_UNSET_SECRET");
        assertThat(noSecret.exitCode()).as(noSecret.toString()).isEqualTo(2);
        assertThat(noSecret.err()).contains("CONTRACTSPEC_TEST_UNSET_SECRET");
    }

    @Test
    void theCommandIsListedInTheHelp() {
        assertThat(CliRun.of("--help").out()).contains("mcp");
    }

    private static McpCommand parse(String... args) {
        McpCommand command = new McpCommand();
        String[] withSource = java.util.stream.Stream.concat(java.util.stream.Stream.of("-cp", FIXTURE_CLASSPATH),
                java.util.Arrays.stream(args)).toArray(String[]::new);
        new CommandLine(command).parseArgs(withSource);
        return command;
    }

    private static String token(String user, String organization, String secret) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(user).issuer("https://login.example.com/")
                .claim("org", organization).claim("roles", List.of("member"))
                .expirationTime(Date.from(Instant.now().plusSeconds(600))).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }
}
