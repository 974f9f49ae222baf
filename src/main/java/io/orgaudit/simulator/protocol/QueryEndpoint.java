package io.orgaudit.simulator.protocol;

import com.sun.net.httpserver.HttpExchange;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * AWS query protocol: form-encoded {@code Action=...&Version=...}, XML answers
 * {@code <OpResponse xmlns><OpResult>..</OpResult><ResponseMetadata>..</ResponseMetadata></OpResponse>}.
 */
public final class QueryEndpoint extends ServiceEndpoint {

    private final String namespace;
    private final String version;
    private final QueryApi api;

    public QueryEndpoint(String signingName, String namespace, String version, ErrorDialect errors, QueryApi api) {
        super(signingName, errors);
        this.namespace = namespace;
        this.version = version;
        this.api = api;
    }

    @Override
    public Parsed parse(HttpExchange exchange, byte[] body) {
        Map<String, String> form = new HashMap<>();
        addForm(form, exchange.getRequestURI().getRawQuery());
        addForm(form, new String(body, StandardCharsets.UTF_8));
        String action = form.get("Action");
        if (action == null) {
            throw new AwsServiceError(400, "MissingAction", "Missing Action");
        }
        if (!version.equals(form.get("Version"))) {
            throw new AwsServiceError(400, "InvalidParameterValue", "Version '" + form.get("Version")
                    + "' is not supported; expected " + version);
        }
        return new Parsed(action, Params.of(form));
    }

    @Override
    public Response dispatch(ApiRequest request) {
        Xml result = new Xml();
        api.call(request, result);
        String operation = request.operation();
        Xml document = new Xml().raw("<" + operation + "Response xmlns=\"" + namespace + "\">")
                .open(operation + "Result").raw(result.toString()).close(operation + "Result")
                .open("ResponseMetadata").leaf("RequestId", request.requestId()).close("ResponseMetadata")
                .close(operation + "Response");
        return xml(200, document, request.requestId());
    }

    @Override
    public Response error(AwsServiceError error, String requestId) {
        Xml document = new Xml().raw("<ErrorResponse xmlns=\"" + namespace + "\">").open("Error")
                .leaf("Type", error.faultType()).leaf("Code", error.code()).leaf("Message", error.getMessage())
                .close("Error").leaf("RequestId", requestId).close("ErrorResponse");
        return xml(error.status(), document, requestId);
    }

    private static Response xml(int status, Xml document, String requestId) {
        byte[] body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + document).getBytes(StandardCharsets.UTF_8);
        return new Response(status, "text/xml", body, Map.of("x-amzn-RequestId", requestId));
    }

    private static void addForm(Map<String, String> form, String encoded) {
        if (encoded == null || encoded.isBlank()) {
            return;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            form.put(key, value);
        }
    }
}
