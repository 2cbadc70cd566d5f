package com.supportbilling.partition.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** D92: a partition request as it crosses the broker, and what is not one. */
class PartitionRequestTest {

    @Test
    void aRequestReadsBackAsItWasWritten() {
        PartitionRequest request = new PartitionRequest("monthEndBilling", 12, "usageIntakePartition", 34);
        assertThat(request.toJson()).isEqualTo("{\"type\":\"support-billing/usage-partition-request\",\"version\":1,"
                + "\"job\":\"monthEndBilling\",\"job_execution_id\":12,\"step\":\"usageIntakePartition\","
                + "\"step_execution_id\":34}");
        assertThat(PartitionRequest.fromJson(request.toJson())).isEqualTo(request);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "hello| it is not JSON",
        "[1,2]| it is not a JSON object",
        "{\"type\":\"other\",\"version\":1}| its type is not support-billing/usage-partition-request",
        "{\"type\":\"support-billing/usage-partition-request\",\"version\":2}| its version is not 1",
        "{\"type\":\"support-billing/usage-partition-request\",\"version\":1,\"job\":\"monthEndBilling\",\"job_execution_id\":1,"
                + "\"step\":\"usageIntakePartition\",\"step_execution_id\":2,\"command\":\"rm\"}| it has an unknown field command",
        "{\"type\":\"support-billing/usage-partition-request\",\"version\":1,\"job\":\"monthEndBilling\",\"job_execution_id\":1,"
                + "\"step\":\"usageIntakePartition\",\"step_execution_id\":-2}| its step_execution_id is not a positive whole number",
        "{\"type\":\"support-billing/usage-partition-request\",\"version\":1,\"job\":\"monthEndBilling\",\"job_execution_id\":\"1\","
                + "\"step\":\"usageIntakePartition\",\"step_execution_id\":2}| its job_execution_id is not a positive whole number",
        "{\"type\":\"support-billing/usage-partition-request\",\"version\":1,\"job_execution_id\":1,"
                + "\"step\":\"usageIntakePartition\",\"step_execution_id\":2}| its job is missing"})
    void whatIsNotARequestIsSaid(String text, String reason) {
        assertThatThrownBy(() -> PartitionRequest.fromJson(text)).isInstanceOf(PartitionRequest.NotARequest.class)
                .hasMessage(reason);
    }
}
