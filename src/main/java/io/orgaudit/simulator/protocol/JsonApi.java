package io.orgaudit.simulator.protocol;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A service answered in JSON (JSON 1.1 or REST-JSON): returns the output document. */
public interface JsonApi {

    JsonMapper JSON = JsonMapper.builder().build();

    ObjectNode call(ApiRequest request);
}
