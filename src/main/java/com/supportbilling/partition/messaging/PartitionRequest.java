package com.supportbilling.partition.messaging;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What crosses the broker (D92): a request to execute one usage partition, which is a step execution
 * of the manager's job in the shared job repository — Spring Batch's {@code StepExecutionRequest}, written
 * as a small JSON text message rather than a serialized Java object, so that a worker never deserializes
 * what it was sent. The usage itself never crosses the broker.
 *
 * <pre>{"type":"support-billing/usage-partition-request","version":1,"job":"monthEndBilling",
 *  "job_execution_id":12,"step":"usageIntakePartition","step_execution_id":34}</pre>
 */
public record PartitionRequest(String job, long jobExecutionId, String step, long stepExecutionId) {

    static final String TYPE = "support-billing/usage-partition-request";
    static final int VERSION = 1;
    private static final Set<String> FIELDS = Set.of("type", "version", "job", "job_execution_id", "step",
            "step_execution_id");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public String toJson() {
        ObjectNode node = JSON.createObjectNode();
        node.put("type", TYPE);
        node.put("version", VERSION);
        node.put("job", job);
        node.put("job_execution_id", jobExecutionId);
        node.put("step", step);
        node.put("step_execution_id", stepExecutionId);
        return JSON.writeValueAsString(node);
    }

    /**
     * Reads a request, strictly: exactly these fields, of these types, of this type and version.
     *
     * @throws NotARequest saying what is wrong, for the log
     */
    public static PartitionRequest fromJson(String text) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JacksonException e) {
            throw new NotARequest("it is not JSON");
        }
        if (node == null || !node.isObject()) {
            throw new NotARequest("it is not a JSON object");
        }
        if (!TYPE.equals(text(node, "type"))) {
            throw new NotARequest("its type is not " + TYPE);
        }
        if (!node.path("version").isIntegralNumber() || node.path("version").asInt() != VERSION) {
            throw new NotARequest("its version is not " + VERSION);
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator(); fields.hasNext();) {
            String name = fields.next().getKey();
            if (!FIELDS.contains(name)) {
                throw new NotARequest("it has an unknown field " + name);
            }
        }
        return new PartitionRequest(required(text(node, "job"), "job"), id(node, "job_execution_id"),
                required(text(node, "step"), "step"), id(node, "step_execution_id"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isString() ? value.asString() : null;
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new NotARequest("its " + field + " is missing");
        }
        return value;
    }

    private static long id(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() <= 0) {
            throw new NotARequest("its " + field + " is not a positive whole number");
        }
        return value.asLong();
    }

    /** A message that is not a partition request of this application. */
    public static final class NotARequest extends RuntimeException {
        NotARequest(String reason) {
            super(reason);
        }
    }
}
