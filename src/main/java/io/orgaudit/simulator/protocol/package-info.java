/**
 * The AWS wire as the SDK speaks it: SigV4 and aws-chunked, one {@link io.orgaudit.simulator.protocol.ServiceEndpoint}
 * per protocol (query, JSON 1.1, REST-JSON, S3 REST-XML) and the error dialects. Services plug in through
 * {@link io.orgaudit.simulator.protocol.QueryApi}, {@link io.orgaudit.simulator.protocol.JsonApi} and
 * {@link io.orgaudit.simulator.protocol.RestXmlApi}.
 */
package io.orgaudit.simulator.protocol;
