/**
 * One class per AWS API the simulator answers (Organizations, STS, CloudTrail, CloudWatch Logs, CloudWatch, SNS,
 * Account, S3), each behind its protocol's endpoint: see {@link io.orgaudit.simulator.api.AwsServices}.
 */
package io.orgaudit.simulator.api;
