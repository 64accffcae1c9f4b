package io.contractspec.rest;

import io.contractspec.testing.rest.ConformanceHttp;
import static io.contractspec.core.Contracts.auth;
import static io.contractspec.core.spec.AuthLevel.ANONYMOUS;
import static io.contractspec.schema.Scalar.INT;
import static io.contractspec.schema.Scalar.STRING;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.Contracts;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.RestRoute;
import io.contractspec.rest.openapi.OpenApiExporter;
import io.contractspec.rest.openapi.OpenApiOptions;
import io.contractspec.runtime.HandlerContext;
import io.contractspec.runtime.OperationExecutor;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Paginated queries answer with an RFC 8288 {@code Link: <…>; rel="next"} a plain client can follow. */
class PaginationLinkTest {

    private static final Pattern NEXT = Pattern.compile("<([^>]*)>; rel=\"next\"");
    private static final List<String> WORDS = List.of("alpha", "bravo", "charlie", "delta", "echo");

    static final Model INPUT = Model.builder("ListWordsInput")
            .optional("cursor", STRING)
            .field(Field.optional("limit", INT).minimum(1).maximum(10).defaultValue(2))
            .optional("prefix", STRING)
            .build();

    static final Model PAGE = Model.builder("WordPage")
            .field(Field.required("words", STRING).array())
            .optional("nextCursor", STRING)
            .build();

    static final OperationSpec LIST = Contracts.query("test.words.list", "1.0.0")
            .description("List words a page at a time.").input(INPUT).output(PAGE).policy(auth(ANONYMOUS))
            .paginated("cursor", "nextCursor", "limit", "words")
            .build();

    static final OperationSpec SEARCH = Contracts.query("test.words.search", "1.0.0")
            .description("The same list with its input in a POST body.").input(INPUT).output(PAGE)
            .policy(auth(ANONYMOUS)).paginated("cursor", "nextCursor", "limit", "words")
            .rest(RestRoute.Method.POST, "/words/search")
            .build();

    static final ContractRegistry REGISTRY = ContractRegistry.builder().register(LIST, SEARCH).build();

    private static RestServer server;
    private static ConformanceHttp http;

    @BeforeAll
    static void start() {
        OperationExecutor executor = OperationExecutor.builder(REGISTRY)
                .handlers(handlers -> handlers.bind(LIST, PaginationLinkTest::page).bind(SEARCH, PaginationLinkTest::page))
                .build();
        server = RestServer.create(executor, config -> {}).start(0);
        http = new ConformanceHttp(server.port());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    /** Cursors with characters a URL must encode ({@code "@3 /+&"}), so the link proves its encoding. */
    private static JsonNode page(JsonNode input, HandlerContext context) {
        int from = input.has("cursor") ? Integer.parseInt(input.get("cursor").asText().substring(1, 2)) : 0;
        int to = Math.min(WORDS.size(), from + input.get("limit").asInt());
        ObjectNode page = JsonNodeFactory.instance.objectNode();
        WORDS.subList(from, to).forEach(page.putArray("words")::add);
        if (to < WORDS.size()) {
            page.put("nextCursor", "@" + to + " /+&" + input.path("prefix").asText(""));
        }
        return page;
    }

    @Test
    void followingNextLinksVisitsEveryItemOnceAndKeepsTheOtherParameters() {
        List<String> seen = new ArrayList<>();
        List<String> links = new ArrayList<>();
        String next = "/test/words/list/v1.0.0?prefix=a%20b&limit=2";
        while (next != null) {
            ConformanceHttp.Reply reply = http.get(next);
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            reply.json().get("words").forEach(word -> seen.add(word.asText()));
            next = nextLink(reply);
            if (next != null) {
                links.add(next);
                assertThat(next).startsWith("/test/words/list/v1.0.0?prefix=a%20b&limit=2&cursor=")
                        .endsWith(URLEncoder.encode(reply.json().get("nextCursor").asText(), StandardCharsets.UTF_8));
            }
        }
        assertThat(seen).isEqualTo(WORDS);
        assertThat(links).hasSize(2);
    }

    @Test
    void replacesTheCursorOfTheRequestInsteadOfAddingASecond() {
        ConformanceHttp.Reply reply = http.get("/test/words/list/v1.0.0?cursor=%401&limit=1");

        assertThat(reply.json().get("words").get(0).asText()).isEqualTo("bravo");
        assertThat(nextLink(reply)).isEqualTo("/test/words/list/v1.0.0?limit=1&cursor=%402+%2F%2B%26");
    }

    @Test
    void theLastPageHasNoLink() {
        ConformanceHttp.Reply reply = http.get("/test/words/list/v1.0.0?limit=10");

        assertThat(reply.json().get("words")).hasSize(5);
        assertThat(reply.header("Link")).isEmpty();
    }

    @Test
    void inputAsAWholeJsonObjectOrABodyGetsNoLink() {
        ConformanceHttp.Reply query = http.get("/test/words/list/v1.0.0?input=%7B%22limit%22%3A2%7D");
        ConformanceHttp.Reply body = http.post("/words/search", "{\"limit\": 2}");

        assertThat(query.json().has("nextCursor")).isTrue();
        assertThat(query.header("Link")).isEmpty();
        assertThat(body.json().has("nextCursor")).isTrue();
        assertThat(body.header("Link")).isEmpty();
    }

    @Test
    void theOpenApiDocumentDeclaresTheLinkHeaderOfQueryRoutesOnly() {
        JsonNode paths = OpenApiExporter.export(REGISTRY, OpenApiOptions.defaults()).get("paths");

        assertThat(paths.at("/~1test~1words~1list~1v1.0.0/get/responses/200/headers/Link/description").asText())
                .contains("rel=\"next\"").contains("'cursor'");
        assertThat(paths.at("/~1words~1search/post/responses/200/headers").has("Link")).isFalse();
    }

    private static String nextLink(ConformanceHttp.Reply reply) {
        Matcher link = NEXT.matcher(reply.header("Link").orElse(""));
        return link.matches() ? link.group(1) : null;
    }
}
