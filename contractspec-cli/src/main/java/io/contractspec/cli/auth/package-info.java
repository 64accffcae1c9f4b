/**
 * Internal: Authentication for {@code contractspec serve} and {@code contractspec token}: where the HS256
 * development secret comes from ({@link io.contractspec.cli.auth.SecretSource}) and the tokens signed
 * with it ({@link io.contractspec.cli.auth.DevTokens}); both commands resolve the secret the same way,
 * so a token printed by one is accepted by the other.
 */
package io.contractspec.cli.auth;
