package io.orgaudit.simulator.protocol;

import com.sun.net.httpserver.HttpExchange;
import java.util.Map;

/** One AWS service as the wire sees it: how its requests name operations and how answers are shaped. */
public abstract class ServiceEndpoint {

    public record Parsed(String operation, Params params) {
    }

    public record Response(int status, String contentType, byte[] body, Map<String, String> headers) {
    }

    private final String signingName;
    private final ErrorDialect errors;

    ServiceEndpoint(String signingName, ErrorDialect errors) {
        this.signingName = signingName;
        this.errors = errors;
    }

    String signingName() {
        return signingName;
    }

    public ErrorDialect errors() {
        return errors;
    }

    /** The operation and its parameters; an AwsServiceError when the request is not understood. */
    public abstract Parsed parse(HttpExchange exchange, byte[] body);

    public abstract Response dispatch(ApiRequest request);

    public abstract Response error(AwsServiceError error, String requestId);
}
