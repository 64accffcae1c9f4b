package io.contractspec.examples.workflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.examples.workflow.app.RunningApp.Database;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 11, defect 2: decimals come back from the database exactly as they were sent, a condition
 * compares them exactly, and a number no double can hold is refused with 422 naming the field.
 */
class ExactNumbersHttpTest {

    @ParameterizedTest
    @EnumSource(Database.class)
    void decimalsSurviveTheDatabaseAndConditionsCompareThemExactly(Database database) {
        try (RunningApp app = RunningApp.start(database)) {
            WorkflowDesigner designer = new WorkflowDesigner(app);
            designer.publish("amount-routing",
                    "{key: 'route', name: 'Route', type: 'condition', transitions: {"
                            + " big: {to: 'big', condition: 'data.amount > 10000'}, default: 'small'}}",
                    "{key: 'big', name: 'Big', type: 'end', transitions: {}}",
                    "{key: 'small', name: 'Small', type: 'end', transitions: {}}");
            String requester = app.token("u-requester", "employee");

            ApiClient.Reply started = app.http.postRaw(requester, "/api/workflow/instances",
                    "{\"workflowKey\": \"amount-routing\", \"contextData\": {\"amount\": 10000.0000000000001,"
                            + " \"total\": 12345678901234567.89}}");
            assertThat(started.status()).as(started.toString()).isIn(200, 201);
            String id = started.json().get("id").asText();

            ApiClient.Reply read = app.http.get(requester, "/api/workflow/instances/" + id);
            assertThat(read.json().get("outcome").asText()).isEqualTo("big");
            assertThat(read.json().at("/resultData/amount").decimalValue())
                    .isEqualByComparingTo(new BigDecimal("10000.0000000000001"));
            assertThat(read.body()).contains("10000.0000000000001", "12345678901234567.89");
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aNumberNoDoubleCanHoldIsRefusedWith422NamingTheField(Database database) {
        try (RunningApp app = RunningApp.start(database)) {
            new WorkflowDesigner(app).publish("plain",
                    "{key: 'start', name: 'Start', type: 'start', transitions: {next: 'done'}}",
                    "{key: 'done', name: 'Done', type: 'end', transitions: {}}");
            String requester = app.token("u-requester", "employee");

            ApiClient.Reply refused = app.http.postRaw(requester, "/api/workflow/instances",
                    "{\"workflowKey\": \"plain\", \"contextData\": {\"nested\": [1, {\"amount\": 1e400}]}}");

            assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
            assertThat(refused.json().at("/issues/0/path").asText()).isEqualTo("contextData");
            assertThat(refused.json().at("/issues/0/message").asText()).contains("nested[1].amount");
            assertThat(app.http.get(requester, "/api/workflow/instances?workflowKey=plain").json().get("total").asInt())
                    .isZero();
        }
    }
}
