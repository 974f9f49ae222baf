package io.orgaudit.simulator.server;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.orgaudit.simulator.protocol.ApiRequest;
import io.orgaudit.simulator.protocol.AwsServiceError;
import io.orgaudit.simulator.protocol.Caller;
import io.orgaudit.simulator.protocol.ErrorDialect;
import io.orgaudit.simulator.protocol.ServiceEndpoint;
import io.orgaudit.simulator.protocol.SigV4;
import io.orgaudit.simulator.scenario.RegionCatalog;
import io.orgaudit.simulator.scenario.World;

/**
 * Every request: route by the SigV4 credential scope's service, log the call, apply latency, authenticate
 * (issued key, session token, expiry, signature), inject faults, then let the service answer.
 */
public final class SimulatorHttpHandler implements HttpHandler {

    private static final Logger LOG = Logger.getLogger(SimulatorHttpHandler.class.getName());
    private static final Map<String, String> SUBJECT_PARAMETER = Map.of("AssumeRole", "RoleArn",
            "ListOrganizationalUnitsForParent", "ParentId", "ListAccountsForParent", "ParentId", "GetTrailStatus", "Name",
            "GetEventSelectors", "TrailName", "DescribeMetricFilters", "logGroupName", "ListSubscriptionsByTopic", "TopicArn",
            "PutObject", "Object", "ListTagsForResource", "ResourceId");
    private static final Map<String, String> IAM_PREFIX = Map.of("monitoring", "cloudwatch", "sns", "SNS");
    /** Services that, like AWS, refuse credentials in an opt-in region the account has not enabled. */
    private static final Set<String> REGIONAL_SERVICES = Set.of("cloudtrail", "logs", "monitoring", "sns");

    private final Map<String, ServiceEndpoint> endpoints;
    private final Supplier<World> world;
    private final CredentialStore credentials;
    private final Faults faults;
    private final CallLog calls;
    private final RequestGauge inFlight;

    public SimulatorHttpHandler(Map<String, ServiceEndpoint> endpoints, Supplier<World> world, CredentialStore credentials,
                         Faults faults, CallLog calls, RequestGauge inFlight) {
        this.endpoints = endpoints;
        this.world = world;
        this.credentials = credentials;
        this.faults = faults;
        this.calls = calls;
        this.inFlight = inFlight;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        long started = inFlight.enter();
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            ServiceEndpoint.Response response;
            try {
                response = answer(exchange, body, UUID.randomUUID().toString());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "simulator failed to answer " + exchange.getRequestURI(), e);
                byte[] error = ("{\"__type\":\"InternalFailure\",\"message\":\"" + e.getClass().getSimpleName() + "\"}").getBytes();
                response = new ServiceEndpoint.Response(500, "application/x-amz-json-1.1", error, Map.of());
            }
            send(exchange, response);
        } finally {
            inFlight.leave(started);
        }
    }

    private ServiceEndpoint.Response answer(HttpExchange exchange, byte[] body, String requestId) {
        Headers headers = exchange.getRequestHeaders();
        Optional<SigV4> signature = SigV4.parse(headers.getFirst("Authorization"));
        ServiceEndpoint endpoint = signature.map(s -> endpoints.get(s.service())).orElse(null);
        if (endpoint == null) {
            ServiceEndpoint fallback = endpoints.get(headers.containsKey("X-Amz-Target") ? "logs" : "sts");
            return fallback.error(signature.isEmpty() ? fallback.errors().missingAuthentication()
                    : new AwsServiceError(400, "UnknownServiceException", "The simulator does not serve "
                    + signature.get().service()), requestId);
        }
        SigV4 sig = signature.get();
        Optional<Caller> caller = credentials.find(sig.accessKeyId());
        String accountId = caller.map(Caller::accountId).orElse(null);
        ServiceEndpoint.Parsed parsed;
        try {
            parsed = endpoint.parse(exchange, body);
        } catch (AwsServiceError e) {
            calls.record(new CallLog.Call(sig.service(), "?", accountId, sig.region(), null));
            return endpoint.error(e, requestId);
        }
        String subject = subject(parsed);
        calls.record(new CallLog.Call(sig.service(), parsed.operation(), accountId, sig.region(), subject,
                parsed.params().string("NextToken").or(() -> parsed.params().string("nextToken")).isPresent()));
        ErrorDialect errors = endpoint.errors();
        Runnable leaveTarget = inFlight.enterTarget(String.valueOf(accountId), sig.service(), sig.region());
        try {
            pause(faults.nextLatency());
            Caller who = authenticate(errors, sig, caller, exchange, body);
            World now = world.get();
            ApiRequest request = new ApiRequest(sig.service(), parsed.operation(), parsed.params(), who, sig.region(), now,
                    errors, requestId);
            injectFaults(request, subject != null);
            return endpoint.dispatch(request);
        } catch (AwsServiceError e) {
            return endpoint.error(e, requestId);
        } finally {
            leaveTarget.run();
        }
    }

    private static Caller authenticate(ErrorDialect errors, SigV4 sig, Optional<Caller> caller, HttpExchange exchange,
                                       byte[] body) {
        Caller who = caller.orElseThrow(errors::invalidToken);
        Headers headers = exchange.getRequestHeaders();
        if (!who.sessionToken().equals(Optional.ofNullable(headers.getFirst("X-Amz-Security-Token")))) {
            throw errors.invalidToken();
        }
        if (who.expiration().map(expiry -> expiry.isBefore(Instant.now())).orElse(false)) {
            throw errors.expiredToken();
        }
        if (!sig.verify(who.secretAccessKey(), exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(), headers, body)) {
            throw errors.signatureMismatch();
        }
        return who;
    }

    private void injectFaults(ApiRequest request, boolean namesItsResource) {
        ErrorDialect errors = request.errors();
        if (faults.regionFails(request.region())) {
            throw errors.unavailable(request.region());
        }
        if (faults.takeThrottle(request.operation())) {
            throw errors.throttled();
        }
        if (faults.operationDenied(request.accountId(), request.operation(), namesItsResource)) {
            String action = IAM_PREFIX.getOrDefault(request.service(), request.service()) + ":" + request.operation();
            throw request.notAuthorized(action, "*");
        }
        if (REGIONAL_SERVICES.contains(request.service()) && RegionCatalog.optIn(request.region())
                && !request.account().enabledRegions().contains(request.region())) {
            throw errors.invalidToken();
        }
    }

    private static String subject(ServiceEndpoint.Parsed parsed) {
        if (parsed.operation().equals("DescribeAlarmsForMetric")) {
            return parsed.params().string("Namespace").orElse("") + "/" + parsed.params().string("MetricName").orElse("");
        }
        String parameter = SUBJECT_PARAMETER.get(parsed.operation());
        return parameter == null ? null : parsed.params().string(parameter).orElse(null);
    }

    private static void pause(Duration latency) {
        if (latency.isZero()) {
            return;
        }
        try {
            Thread.sleep(latency.toMillis(), latency.toNanosPart() % 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, ServiceEndpoint.Response response) throws IOException {
        Headers out = exchange.getResponseHeaders();
        response.headers().forEach(out::set);
        out.set("Content-Type", response.contentType());
        exchange.sendResponseHeaders(response.status(), response.body().length == 0 ? -1 : response.body().length);
        try (OutputStream stream = exchange.getResponseBody()) {
            stream.write(response.body());
        }
    }
}
