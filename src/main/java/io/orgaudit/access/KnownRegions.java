package io.orgaudit.access;

import java.util.Set;
import java.util.stream.Collectors;

import software.amazon.awssdk.regions.Region;

/** The region names the AWS SDK knows; anything else in the configuration is a typo. */
@FunctionalInterface
public interface KnownRegions {
    Set<String> names();

    /** The SDK's own list; needs no credentials and no network, so it can check settings before anything starts. */
    static KnownRegions ofSdk() {
        Set<String> names = Region.regions().stream().map(Region::id).collect(Collectors.toUnmodifiableSet());
        return () -> names;
    }
}
