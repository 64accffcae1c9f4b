package io.contractspec.benchmarks.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The baseline on Spring: {@code GET /workflow/instances} as a Spring team writes it without
 * ContractSpec — a {@code @RestController} whose query parameters are checked by Jakarta Bean
 * Validation (Spring MVC's built-in method validation: the same bounds as the contract's input), the
 * user from a header, the same handler, the same JSON (written with the same Jackson 2 mapper as the
 * hand-written Javalin route, since the handler answers Jackson 2 trees).
 */
@RestController
class PlainSpringController {

    static final String PATH = "/plain" + InstanceListFixture.PATH;

    private static final ObjectMapper MAPPER = new ObjectMapper();

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
