package io.orgaudit.simulator.protocol;

import java.util.Map;

/** A REST-XML service whose answers carry their data in headers (S3 PutObject): returns the response headers. */
public interface RestXmlApi {

    Map<String, String> call(ApiRequest request);
}
