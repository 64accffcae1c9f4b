package io.contractspec.rest.auth;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** Every kind of bearer token an HS256 authenticator (with issuer and audience) must refuse. */
public final class BadTokens {

    private BadTokens() {}

    public static Stream<Arguments> all() {
        Instant now = Tokens.NOW;
        return Stream.of(
                Arguments.of("bad signature", Tokens.hs256(Tokens.OTHER_SECRET, c -> c)),
                Arguments.of("wrong issuer", Tokens.hs256(c -> c.issuer("https://evil.example.com/"))),
                Arguments.of("wrong audience", Tokens.hs256(c -> c.audience("other-api"))),
                Arguments.of("no audience", Tokens.hs256(c -> c.audience((String) null))),
                Arguments.of("expired beyond the skew", Tokens.hs256(c -> c.expirationTime(Date.from(now.minusSeconds(31))))),
                Arguments.of("not yet valid", Tokens.hs256(c -> c.notBeforeTime(Date.from(now.plusSeconds(120))))),
                Arguments.of("no expiry", Tokens.hs256(c -> c.expirationTime(null))),
                Arguments.of("no subject", Tokens.hs256(c -> c.subject(null))),
                Arguments.of("roles of the wrong shape", Tokens.hs256(c -> c.claim("roles", 42))),
                Arguments.of("roles with a non-string", Tokens.hs256(c -> c.claim("roles", List.of("a", 1)))),
                Arguments.of("organization not a string", Tokens.hs256(c -> c.claim("org", List.of("o")))),
                Arguments.of("unsigned (alg none)", Tokens.unsigned()),
                Arguments.of("another algorithm (RS256)", Tokens.rs256(Tokens.RSA, c -> c)),
                Arguments.of("malformed", "not.a.jwt"),
                Arguments.of("garbage", "%%%"),
                Arguments.of("truncated", Tokens.hs256(c -> c).substring(0, 40)));
    }
}
