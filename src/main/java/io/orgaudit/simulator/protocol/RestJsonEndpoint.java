package io.orgaudit.simulator.protocol;

import com.sun.net.httpserver.HttpExchange;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/** REST-JSON: the operation is the method and path, JSON in and out, error code in {@code x-amzn-ErrorType}. */
public final class RestJsonEndpoint extends ServiceEndpoint {

    private final Map<String, String> operationByRoute;
    private final JsonApi api;

    /** @param operationByRoute e.g. "POST /listRegions" -> "ListRegions" */
    public RestJsonEndpoint(String signingName, Map<String, String> operationByRoute, ErrorDialect errors, JsonApi api) {
        super(signingName, errors);
        this.operationByRoute = operationByRoute;
        this.api = api;
    }

    @Override
    public Parsed parse(HttpExchange exchange, byte[] body) {
        String route = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
        String operation = operationByRoute.get(route);
        if (operation == null) {
            throw new AwsServiceError(404, "UnknownOperationException", "No operation at " + route);
        }
        return new Parsed(operation, Params.of(JsonRpcEndpoint.readJson(body)));
    }

    @Override
    public Response dispatch(ApiRequest request) {
        ObjectNode output = api.call(request);
        return new Response(200, "application/json", JsonApi.JSON.writeValueAsBytes(output),
                Map.of("x-amzn-RequestId", request.requestId()));
    }

    @Override
    public Response error(AwsServiceError error, String requestId) {
        ObjectNode body = JsonApi.JSON.createObjectNode().put("message", error.getMessage());
        return new Response(error.status(), "application/json", JsonApi.JSON.writeValueAsBytes(body),
                Map.of("x-amzn-RequestId", requestId, "x-amzn-ErrorType", error.code()));
    }
}
