package io.orgaudit.simulator;

/** A query-protocol service: writes the content of {@code <OperationResult>}. */
interface QueryApi {

    void call(ApiRequest request, Xml result);
}
