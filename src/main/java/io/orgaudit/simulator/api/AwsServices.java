package io.orgaudit.simulator.api;

import java.util.Map;

import io.orgaudit.simulator.protocol.JsonRpcEndpoint;
import io.orgaudit.simulator.protocol.QueryEndpoint;
import io.orgaudit.simulator.protocol.RestJsonEndpoint;
import io.orgaudit.simulator.protocol.S3Endpoint;
import io.orgaudit.simulator.protocol.ServiceEndpoint;
import io.orgaudit.simulator.server.CredentialStore;
import io.orgaudit.simulator.server.Faults;
import io.orgaudit.simulator.server.S3Store;

/** The AWS services the simulator answers, each behind the endpoint of its wire protocol. */
public final class AwsServices {

    private AwsServices() {
    }

    /** By SigV4 signing name. */
    public static Map<String, ServiceEndpoint> endpoints(CredentialStore credentials, Faults faults, S3Store s3) {
        return Map.of(
                "organizations", new JsonRpcEndpoint("organizations", "AWSOrganizationsV20161128", OrganizationsApi.ERRORS,
                        new OrganizationsApi()),
                "sts", new QueryEndpoint("sts", "https://sts.amazonaws.com/doc/2011-06-15/", "2011-06-15", StsApi.ERRORS,
                        new StsApi(credentials, faults)),
                "cloudtrail", new JsonRpcEndpoint("cloudtrail", "com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101",
                        CloudTrailApi.ERRORS, new CloudTrailApi()),
                "logs", new JsonRpcEndpoint("logs", "Logs_20140328", LogsApi.ERRORS, new LogsApi()),
                "monitoring", new QueryEndpoint("monitoring", "http://monitoring.amazonaws.com/doc/2010-08-01/", "2010-08-01",
                        CloudWatchApi.ERRORS, new CloudWatchApi()),
                "sns", new QueryEndpoint("sns", "http://sns.amazonaws.com/doc/2010-03-31/", "2010-03-31", SnsApi.ERRORS,
                        new SnsApi()),
                "account", new RestJsonEndpoint("account", AccountApi.ROUTES, AccountApi.ERRORS, new AccountApi()),
                "s3", new S3Endpoint(S3Api.ERRORS, new S3Api(s3)));
    }
}
