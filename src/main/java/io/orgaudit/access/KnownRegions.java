package io.orgaudit.access;

import java.util.Set;

/** The region names the AWS SDK knows; anything else in the configuration is a typo. */
@FunctionalInterface
public interface KnownRegions {
    Set<String> names();
}
