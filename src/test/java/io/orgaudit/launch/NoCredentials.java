package io.orgaudit.launch;

import java.util.List;
import java.util.Map;

/** The AWS SDK's default chain reads these variables straight from the process; a test cannot take them away. */
final class NoCredentials {

    private static final List<String> CREDENTIAL_VARIABLES = List.of("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY",
            "AWS_SESSION_TOKEN", "AWS_WEB_IDENTITY_TOKEN_FILE", "AWS_CONTAINER_CREDENTIALS_FULL_URI",
            "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "AWS_PROFILE");

    /** System properties under which the chain finds nothing and never calls out of this machine (no IMDS). */
    static final Map<String, String> ANYWHERE = Map.of("aws.disableEc2Metadata", "true",
            "aws.sharedCredentialsFile", "{dir}/no-aws/credentials", "aws.configFile", "{dir}/no-aws/config");

    /** Test credentials for an endpoint that never checks them. */
    static final Map<String, String> ANY = Map.of("aws.accessKeyId", "AKIDEXAMPLE",
            "aws.secretAccessKey", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "aws.disableEc2Metadata", "true");

    private NoCredentials() {
    }

    static boolean inThisEnvironment() {
        return CREDENTIAL_VARIABLES.stream().allMatch(variable -> System.getenv(variable) == null);
    }
}
