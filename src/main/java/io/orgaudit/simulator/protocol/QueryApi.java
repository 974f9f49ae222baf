package io.orgaudit.simulator.protocol;

/** A query-protocol service: writes the content of {@code <OperationResult>}. */
public interface QueryApi {

    void call(ApiRequest request, Xml result);
}
