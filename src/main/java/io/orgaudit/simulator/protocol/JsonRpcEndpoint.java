package io.orgaudit.simulator.protocol;

import com.sun.net.httpserver.HttpExchange;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** AWS JSON 1.1: POST /, {@code X-Amz-Target: <prefix>.<Operation>}, JSON in and out. */
public final class JsonRpcEndpoint extends ServiceEndpoint {

    private static final String CONTENT_TYPE = "application/x-amz-json-1.1";

    private final String targetPrefix;
    private final JsonApi api;

    public JsonRpcEndpoint(String signingName, String targetPrefix, ErrorDialect errors, JsonApi api) {
        super(signingName, errors);
        this.targetPrefix = targetPrefix + ".";
        this.api = api;
    }

    @Override
    public Parsed parse(HttpExchange exchange, byte[] body) {
        String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        if (target == null || !target.startsWith(targetPrefix)) {
            throw errors().unknownOperation(String.valueOf(target));
        }
        return new Parsed(target.substring(targetPrefix.length()), Params.of(readJson(body)));
    }

    @Override
    public Response dispatch(ApiRequest request) {
        ObjectNode output = api.call(request);
        return new Response(200, CONTENT_TYPE, JsonApi.JSON.writeValueAsBytes(output),
                Map.of("x-amzn-RequestId", request.requestId()));
    }

    @Override
    public Response error(AwsServiceError error, String requestId) {
        ObjectNode body = JsonApi.JSON.createObjectNode().put("__type", error.code()).put("message", error.getMessage());
        return new Response(error.status(), CONTENT_TYPE, JsonApi.JSON.writeValueAsBytes(body),
                Map.of("x-amzn-RequestId", requestId, "x-amzn-ErrorType", error.code()));
    }

    static JsonNode readJson(byte[] body) {
        if (body.length == 0) {
            return JsonApi.JSON.createObjectNode();
        }
        try {
            JsonNode node = JsonApi.JSON.readTree(body);
            if (node == null || !node.isObject()) {
                throw new AwsServiceError(400, "SerializationException", "Request body is not a JSON object");
            }
            return node;
        } catch (JacksonException e) {
            throw new AwsServiceError(400, "SerializationException",
                    "Request body is not JSON: " + new String(body, StandardCharsets.UTF_8));
        }
    }
}
