package io.orgaudit.simulator;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import io.orgaudit.simulator.api.AwsServices;
import io.orgaudit.simulator.scenario.Scenario;
import io.orgaudit.simulator.scenario.World;
import io.orgaudit.simulator.server.CallLog;
import io.orgaudit.simulator.server.CredentialStore;
import io.orgaudit.simulator.server.Faults;
import io.orgaudit.simulator.server.RequestGauge;
import io.orgaudit.simulator.server.S3Store;
import io.orgaudit.simulator.server.SimulatorHttpHandler;
import io.orgaudit.simulator.server.StoredObject;

/**
 * A simulated AWS organization on a loopback port, speaking the wire protocols of AWS SDK for Java v2
 * (2.40.2) for the calls orgaudit makes. Point every client at {@link #endpoint()} and sign with the hub
 * keys (they act as the management account); AssumeRole returns session keys that act as the member.
 */
public final class SimulatedAws implements AutoCloseable {

    /**
     * Requests answered at once. Latency faults sleep on the request's thread, so a benchmark at concurrency 128 or
     * 256 needs that many threads, or the simulator, not the scan, becomes the bottleneck. Threads are made as
     * requests arrive and reused; beyond this many the server's own thread answers (back-pressure).
     */
    static final int CONCURRENT_REQUESTS = 1024;

    private final HttpServer server;
    private final ExecutorService executor;
    private final AtomicReference<World> world;
    private final CredentialStore credentials;
    private final Faults faults = new Faults();
    private final CallLog calls = new CallLog();
    private final S3Store s3 = new S3Store();
    private final RequestGauge inFlight = new RequestGauge();

    static {
        // The JDK server writes headers and body as two segments; with Nagle's algorithm on, the body waits for
        // the client's delayed ACK (~40 ms a call). Read once, when the first HttpServer is created.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private SimulatedAws(Scenario scenario, int port) throws IOException {
        this.world = new AtomicReference<>(new World(scenario));
        this.credentials = new CredentialStore(scenario.managementAccountId());
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 256);
        this.executor = threadPool();
        server.setExecutor(executor);
        server.createContext("/", new SimulatorHttpHandler(AwsServices.endpoints(credentials, faults, s3), world::get,
                credentials, faults, calls, inFlight));
        server.start();
    }

    /** Starts on a free loopback port. */
    public static SimulatedAws start(Scenario scenario) {
        return start(scenario, 0);
    }

    /** Starts on the given loopback port (0: any free port), e.g. to point the AWS CLI at a fixed address. */
    public static SimulatedAws start(Scenario scenario, int port) {
        try {
            return new SimulatedAws(scenario, port);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the simulated AWS on 127.0.0.1:" + port, e);
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public String hubAccessKeyId() {
        return credentials.hub().accessKeyId();
    }

    public String hubSecretAccessKey() {
        return credentials.hub().secretAccessKey();
    }

    public Scenario scenario() {
        return world.get().scenario();
    }

    /**
     * Serves another scenario from the next request on (e.g. with an account fixed between two runs).
     * Issued credentials stay valid; the management account must stay the same, since the hub keys act as it.
     */
    public void replaceScenario(Scenario next) {
        if (!next.managementAccountId().equals(scenario().managementAccountId())) {
            throw new IllegalArgumentException("the management account must stay " + scenario().managementAccountId()
                    + ", was " + next.managementAccountId());
        }
        world.set(new World(next));
    }

    public Faults faults() {
        return faults;
    }

    public CallLog calls() {
        return calls;
    }

    /** Requests being answered now, and how many were in flight on average (for benchmarks). */
    public RequestGauge requestsInFlight() {
        return inFlight;
    }

    /** Every object put into simulated S3 (e.g. delivered reports), ordered by bucket and key. */
    public List<StoredObject> objects() {
        return s3.all();
    }

    /** The object stored under the bucket and key, if any. */
    public Optional<StoredObject> s3Object(String bucket, String key) {
        return s3.get(bucket, key);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private static ExecutorService threadPool() {
        AtomicInteger counter = new AtomicInteger();
        ThreadFactory factory = runnable -> {
            Thread thread = new Thread(runnable, "simulated-aws-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        return new ThreadPoolExecutor(0, CONCURRENT_REQUESTS, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), factory,
                new ThreadPoolExecutor.CallerRunsPolicy());
    }
}
