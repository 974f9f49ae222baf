package io.orgaudit.evidence;

import java.util.List;

/** A CloudWatch alarm on a filter's metric, with the SNS topics among its alarm actions. */
public record AlarmEvidence(String name, String arn, boolean actionsEnabled, List<String> actions, String metricName,
                            String namespace, List<TopicEvidence> topics) {}
