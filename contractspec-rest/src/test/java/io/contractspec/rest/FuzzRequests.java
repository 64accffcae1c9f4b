package io.contractspec.rest;

import io.contractspec.testing.rest.ConformanceHttp;
import io.contractspec.rest.auth.Tokens;
import io.contractspec.schema.sample.PayloadGenerator;
import io.contractspec.schema.sample.ScalarSamples;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Requests that must all be refused, drawn from a seeded {@link Random}: each one is invalid by
 * construction (random bytes, wrong types, huge numbers, deep nesting, odd unicode, missing and extra
 * fields, wrong media types, methods and routes, bad credentials, oversized bodies). None of them may
 * reach a handler.
 */
final class FuzzRequests {

    static final String CREATE = "/test/items/create/v1.0.0";
    static final String LIST = "/test/items/list/v1.0.0";
    static final int BODY_LIMIT = 16 * 1024;

    /** One request: a category, and either an HTTP request or a raw request line. */
    record Case(String category, HttpRequest.Builder request, String rawLine) {}

    private static final PayloadGenerator GENERATOR = PayloadGenerator.of(ScalarSamples.sampler());
    private static final List<String> ODD = List.of("\u0000", "\u202e", "\ud83d\ude00", "\ufeff", "\u00e9\u0301",
            "\u0627\u0644", "\\ud800", "\u2028", "\uffff", "\u00a0", "\u0085", "𝔘𝔫𝔦");

    private final Random random;
    private final ConformanceHttp http;
    private final List<Function<Random, Case>> kinds;

    FuzzRequests(long seed, ConformanceHttp http) {
        this.random = new Random(seed);
        this.http = http;
        this.kinds = List.of(this::randomBytes, this::mutatedBody, this::mutatedQueryInput, this::wrongQueryTypes,
                this::hugeNumbers, this::deepNesting, this::oddUnicode, this::missingFields, this::extraFields,
                this::wrongContentType, this::wrongMethod, this::unknownRoute, this::badCredentials, this::tooLarge,
                this::malformedInputParameter, this::badIdempotencyKey, this::badPathParameter, this::raw);
    }

    Case next() {
        return kinds.get(random.nextInt(kinds.size())).apply(random);
    }

    private Case body(String category, String path, byte[] body) {
        return new Case(category, http.request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)), null);
    }

    private Case body(String category, String json) {
        return body(category, CREATE, json.getBytes(StandardCharsets.UTF_8));
    }

    private Case get(String category, String pathAndQuery) {
        return new Case(category, http.request(pathAndQuery).GET(), null);
    }

    private Case randomBytes(Random random) {
        byte[] bytes = new byte[1 + random.nextInt(300)];
        random.nextBytes(bytes);
        String starts = "{[\"tfn-0\u0080\u00ff";
        bytes[0] = (byte) starts.charAt(random.nextInt(starts.length()));
        return body("random bytes", CREATE, bytes);
    }

    private Case mutatedBody(Random random) {
        return body("mutated body", GENERATOR.invalid(TestContracts.CREATE_INPUT, random).payload().toString());
    }

    private Case mutatedQueryInput(Random random) {
        String input = GENERATOR.invalid(TestContracts.LIST_INPUT, random).payload().toString();
        return get("mutated ?input", LIST + "?input=" + encode(input));
    }

    private Case wrongQueryTypes(Random random) {
        String[] wrong = {"limit=ten", "limit=1.5", "limit=0", "active=yes", "active=TRUE", "status=deleted",
            "minPrice=cheap", "filter=%5B1%5D", "limit=1&limit=2", "colour=red", "input=%5B%5D", "tags=a&active=1"};
        return get("wrong query types", LIST + "?" + wrong[random.nextInt(wrong.length)]);
    }

    private Case hugeNumbers(Random random) {
        String digits = "9".repeat(20 + random.nextInt(2000));
        return switch (random.nextInt(4)) {
            case 0 -> get("huge numbers", LIST + "?limit=" + digits.substring(0, Math.min(digits.length(), 180)));
            case 1 -> get("huge numbers", LIST + "?limit=" + (random.nextBoolean() ? "-" : "") + "1e" + random.nextInt(999_999));
            case 2 -> body("huge numbers", "{\"name\":" + digits + "}");
            default -> body("huge numbers", "{\"name\":\"x\",\"price\":1" + "0".repeat(1001 + random.nextInt(500)) + "}");
        };
    }

    private Case deepNesting(Random random) {
        int depth = 2 + random.nextInt(random.nextBoolean() ? 100 : 5000);
        String nested = "[".repeat(depth) + "]".repeat(depth);
        return random.nextBoolean()
                ? body("deep nesting", "{\"name\":\"x\",\"tags\":" + nested + "}")
                : get("deep nesting", LIST + "?input=" + encode("{\"a\":".repeat(depth) + "1" + "}".repeat(depth)));
    }

    private Case oddUnicode(Random random) {
        String odd = ODD.get(random.nextInt(ODD.size())) + ODD.get(random.nextInt(ODD.size()));
        return switch (random.nextInt(4)) {
            case 0 -> body("odd unicode", "{\"name\":\"ok\",\"" + odd + "\":1}");
            case 1 -> get("odd unicode", LIST + "?" + encode(odd) + "=1");
            case 2 -> get("odd unicode", LIST + "?limit=" + encode(odd));
            default -> body("odd unicode", CREATE, new byte[] {'{', '"', 'n', (byte) 0xC0, (byte) 0x80, '"', ':', '1', '}'});
        };
    }

    private Case missingFields(Random random) {
        String[] bodies = {"{}", "{\"price\":1}", "{\"tags\":[\"a\"]}", "", "null", "{\"name\":null}"};
        return body("missing fields", bodies[random.nextInt(bodies.length)]);
    }

    private Case extraFields(Random random) {
        return body("extra fields", "{\"name\":\"x\",\"f" + random.nextInt(1000) + "\":" + random.nextInt() + "}");
    }

    private Case wrongContentType(Random random) {
        String[] types = {"text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data",
            "application/json; charset=iso-8859-1", "json", "application/jsonx", "*/*"};
        return new Case("wrong content type", http.request(CREATE).header("Content-Type", types[random.nextInt(types.length)])
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}")), null);
    }

    private Case wrongMethod(Random random) {
        String[][] pairs = {{"DELETE", CREATE}, {"PUT", CREATE}, {"PATCH", "/items/7"}, {"POST", LIST},
            {"GET", "/items/7/archive"}, {"OPTIONS", CREATE}, {"PUT", "/health"}};
        String[] pair = pairs[random.nextInt(pairs.length)];
        return new Case("wrong method", http.request(pair[1]).method(pair[0], HttpRequest.BodyPublishers.noBody()), null);
    }

    private Case unknownRoute(Random random) {
        String[] paths = {"/nowhere/" + random.nextInt(1000), "/test/items/list/v9.9.9", "/items/7/archive/extra",
            "/test/items/list", "/TEST/items/list/v1.0.0"};
        return get("unknown route", paths[random.nextInt(paths.length)]);
    }

    private Case badCredentials(Random random) {
        String[] values = {"Bearer " + Tokens.hs256(Tokens.OTHER_SECRET, c -> c), "Bearer x.y.z", "Basic Zm9vOmJhcg==",
            "Bearer " + Tokens.unsigned(), "Bearer", "Bearer " + Long.toHexString(random.nextLong())};
        String path = random.nextBoolean() ? "/test/session/whoami/v1.0.0" : LIST;
        return new Case("bad credentials", http.request(path).header("Authorization", values[random.nextInt(values.length)])
                .GET(), null);
    }

    private Case tooLarge(Random random) {
        return body("too large", "{\"name\":\"" + "x".repeat(BODY_LIMIT + random.nextInt(BODY_LIMIT)) + "\"}");
    }

    private Case malformedInputParameter(Random random) {
        String[] broken = {"{", "{'limit':1}", "{\"limit\":}", "[", "{\"limit\":1}}", "nope", "{\"a\":1,\"a\":2}"};
        return get("malformed ?input", LIST + "?input=" + encode(broken[random.nextInt(broken.length)]));
    }

    private Case badIdempotencyKey(Random random) {
        String key = random.nextBoolean() ? "k".repeat(256 + random.nextInt(100)) : "has space " + random.nextInt();
        return new Case("bad idempotency key", http.request(CREATE).header("Content-Type", "application/json")
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}")), null);
    }

    private Case badPathParameter(Random random) {
        String[] values = {"seven", "7.5", "1e-3", "99999999999999999999", "%20", "-", "0x7", encode("٧")};
        String value = values[random.nextInt(values.length)];
        return random.nextBoolean()
                ? get("bad path parameter", "/items/" + value)
                : new Case("bad path parameter", http.request("/items/" + value + "/archive")
                        .header("Authorization", "Bearer " + Tokens.hs256(c -> c)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{}")), null);
    }

    private Case raw(Random random) {
        String[] lines = {"GET /items/%ZZ HTTP/1.1", "GET " + LIST + "?limit=%G1 HTTP/1.1", "GET /items/%C3%28 HTTP/1.1",
            "GET /../../etc/passwd HTTP/1.1", "GET " + LIST + "?tags=%E2%82 HTTP/1.1", "GET /items/%00 HTTP/1.1"};
        return new Case("raw request line", null, lines[random.nextInt(lines.length)]);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
