package io.contractspec.benchmarks.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The baseline on Spring: {@code GET /workflow/instances} (and, for the command, {@code POST} of an
 * item) as a Spring team writes it without ContractSpec — a {@code @RestController} whose query parameters are checked by Jakarta Bean
 * Validation (Spring MVC's built-in method validation: the same bounds as the contract's input), the
 * user from a header, the same handler, the same JSON (written with the same Jackson 2 mapper as the
 * hand-written Javalin route, since the handler answers Jackson 2 trees).
 */
@RestController
class PlainSpringController {

    static final String PATH = "/plain" + InstanceListFixture.PATH;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The body of the create route, checked with Bean Validation: the same bounds as the contract's input. */
    record NewItem(@NotBlank @Size(max = 100) String name, @NotNull @PositiveOrZero BigDecimal price,
            @Size(max = 10) List<@NotBlank String> tags) {}

    @PostMapping("/plain/items")
    ResponseEntity<byte[]> create(@RequestHeader(name = InstanceListFixture.USER_HEADER, required = false) String user,
            @Valid @RequestBody NewItem item) throws Exception {
        if (user == null) {
            return ResponseEntity.status(401).contentType(MediaType.APPLICATION_PROBLEM_JSON).body("{\"status\":401}".getBytes());
        }
        ObjectNode input = JsonNodeFactory.instance.objectNode().put("name", item.name()).put("price", item.price());
        if (item.tags() != null) {
            item.tags().forEach(input.putArray("tags")::add);
        }
        JsonNode output = ItemCreateFixture.HANDLER.handle(input, null);
        return ResponseEntity.status(201).contentType(MediaType.APPLICATION_JSON).body(MAPPER.writeValueAsBytes(output));
    }

    @GetMapping("/plain/workflow/instances")
    ResponseEntity<byte[]> list(@RequestHeader(name = InstanceListFixture.USER_HEADER, required = false) String user,
            @RequestParam(required = false) @NotBlank @Size(max = 200) String workflowKey,
            @RequestParam(required = false) @Pattern(regexp = "pending|running|waiting|paused|completed|cancelled|failed|timeout")
                    String status,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit,
            @RequestParam(defaultValue = "0") @Min(0) int offset) throws Exception {
        if (user == null) {
            return ResponseEntity.status(401).contentType(MediaType.APPLICATION_PROBLEM_JSON).body("{\"status\":401}".getBytes());
        }
        ObjectNode input = JsonNodeFactory.instance.objectNode().put("limit", limit).put("offset", offset);
        if (workflowKey != null) {
            input.put("workflowKey", workflowKey);
        }
        if (status != null) {
            input.put("status", status);
        }
        JsonNode output = InstanceListFixture.HANDLER.handle(input, null);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(MAPPER.writeValueAsBytes(output));
    }
}
