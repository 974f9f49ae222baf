/**
 * The running simulator: the HTTP handler that authenticates, injects faults and dispatches each request, and what
 * it keeps meanwhile (issued credentials, faults, the call log, requests in flight, S3 objects).
 */
package io.orgaudit.simulator.server;
