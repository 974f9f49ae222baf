package io.orgaudit.simulator.server;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

import io.orgaudit.simulator.scenario.Scenario;
import io.orgaudit.simulator.scenario.SimBucket;

/**
 * What simulated S3 holds. Unlike the scenario it changes while the simulator runs, and it outlives
 * {@link io.orgaudit.simulator.SimulatedAws#replaceScenario}, as a real bucket outlives a change to the organization.
 */
public final class S3Store {

    /** Buckets created by a first upload, when the scenario declares none. */
    private final Map<String, SimBucket> implicitBuckets = new ConcurrentHashMap<>();
    private final Map<String, StoredObject> objects = new ConcurrentSkipListMap<>();

    /**
     * The bucket an upload goes to: a declared one, or (when the scenario declares none) the existing implicit one,
     * created for the uploader in the signed region on first use.
     */
    public Optional<SimBucket> bucketFor(Scenario scenario, String name, String accountId, String region) {
        if (!scenario.buckets().isEmpty()) {
            return scenario.bucket(name);
        }
        return Optional.of(implicitBuckets.computeIfAbsent(name, n -> new SimBucket(n, accountId, region)));
    }

    public void put(StoredObject object) {
        objects.put(object.bucket() + "/" + object.key(), object);
    }

    public Optional<StoredObject> get(String bucket, String key) {
        return Optional.ofNullable(objects.get(bucket + "/" + key));
    }

    /** Every object, ordered by bucket and key. */
    public List<StoredObject> all() {
        return List.copyOf(objects.values());
    }
}
