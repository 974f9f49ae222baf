package io.orgaudit.evidence;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The parts of the ARNs the chain follows: which account and region to read a log group or topic in. */
final class Arns {

    private static final Pattern ARN = Pattern.compile("arn:(aws[a-z-]*):([a-z0-9-]+):([a-z0-9-]*):(\\d{12}):(.+)");

    record Parts(String service, String region, String accountId, String resource) {}

    private Arns() {
    }

    static Optional<Parts> parse(String arn) {
        if (arn == null) {
            return Optional.empty();
        }
        Matcher m = ARN.matcher(arn);
        return m.matches() ? Optional.of(new Parts(m.group(2), m.group(3), m.group(4), m.group(5))) : Optional.empty();
    }

    /** The account an ARN names (a trail's owner), or {@code otherwise} when it names none. */
    static String accountOf(String arn, String otherwise) {
        return parse(arn).map(Parts::accountId).orElse(otherwise);
    }

    /** "log-group:NAME:*" or "log-group:NAME" to NAME. */
    static String logGroupName(Parts parts) {
        String resource = parts.resource().substring("log-group:".length());
        return resource.endsWith(":*") ? resource.substring(0, resource.length() - 2) : resource;
    }

    static boolean isTopic(String arn) {
        return parse(arn).map(p -> p.service().equals("sns")).orElse(false);
    }
}
