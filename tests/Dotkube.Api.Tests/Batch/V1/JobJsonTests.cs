using System.Text;
using System.Text.Json.Nodes;
using Dotkube.Api.Batch.V1;
using Dotkube.Api.Serialization;

namespace Dotkube.Api.Tests.Batch.V1;

public class JobJsonTests
{
    private const string JobJson = """
        {
          "kind": "Job",
          "apiVersion": "batch/v1",
          "metadata": { "name": "train", "namespace": "ml", "creationTimestamp": null, "labels": { "batch.kubernetes.io/job-name": "train" } },
          "spec": {
            "parallelism": 4,
            "completions": 8,
            "activeDeadlineSeconds": 3600,
            "podFailurePolicy": {
              "rules": [
                {
                  "action": "FailJob",
                  "onExitCodes": { "containerName": "main", "operator": "In", "values": [ 1, 42 ] },
                  "onPodConditions": []
                },
                {
                  "action": "Ignore",
                  "onPodConditions": [ { "type": "DisruptionTarget", "status": "True" } ]
                }
              ]
            },
            "successPolicy": { "rules": [ { "succeededIndexes": "0-3", "succeededCount": 2 } ] },
            "backoffLimit": 6,
            "backoffLimitPerIndex": 1,
            "maxFailedIndexes": 2,
            "selector": { "matchLabels": { "batch.kubernetes.io/controller-uid": "0f1e2d3c" } },
            "manualSelector": false,
            "template": {
              "metadata": { "creationTimestamp": null, "labels": { "batch.kubernetes.io/job-name": "train" } },
              "spec": {
                "containers": [ { "name": "main", "image": "trainer:2", "command": [ "python", "train.py" ], "resources": {} } ],
                "restartPolicy": "Never"
              }
            },
            "ttlSecondsAfterFinished": 600,
            "completionMode": "Indexed",
            "suspend": false,
            "podReplacementPolicy": "Failed",
            "managedBy": "kubernetes.io/job-controller"
          },
          "status": {
            "conditions": [
              {
                "type": "FailureTarget",
                "status": "True",
                "lastProbeTime": "2024-06-01T12:05:00Z",
                "lastTransitionTime": "2024-06-01T12:05:00Z",
                "reason": "PodFailurePolicy",
                "message": "Container main for pod ml/train-1-abcde failed with exit code 42 matching FailJob rule at index 0"
              }
            ],
            "startTime": "2024-06-01T12:00:00Z",
            "active": 2,
            "succeeded": 1,
            "failed": 1,
            "terminating": 1,
            "completedIndexes": "0",
            "failedIndexes": "1",
            "uncountedTerminatedPods": { "succeeded": [ "uid-a" ], "failed": [ "uid-b" ] },
            "ready": 2
          }
        }
        """;

    [Fact]
    public void RoundTrip_JobWithPodFailurePolicy_KeepsEveryField()
    {
        var job = KubeJson.Deserialize<Job>(Encoding.UTF8.GetBytes(JobJson));
        var actual = JsonNode.Parse(KubeJson.Serialize(job));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(JobJson), actual), $"re-encoded JSON differs:\n{actual}");
    }

    [Fact]
    public void Deserialize_PodFailurePolicy_ReadsRules()
    {
        var job = KubeJson.Deserialize<Job>(Encoding.UTF8.GetBytes(JobJson));

        var rules = job.Spec.PodFailurePolicy!.Rules;
        Assert.Equal(PodFailurePolicyAction.FailJob, rules[0].Action);
        Assert.Equal([1, 42], rules[0].OnExitCodes!.Values);
        Assert.Equal(PodFailurePolicyOnExitCodesOperator.In, rules[0].OnExitCodes!.Operator);
        Assert.Null(rules[1].OnExitCodes);
        Assert.Equal("DisruptionTarget", rules[1].OnPodConditions[0].Type);
        Assert.Equal(600, job.Spec.TTLSecondsAfterFinished);
        Assert.Equal(CompletionMode.Indexed, job.Spec.CompletionMode);
    }

    [Fact]
    public void Serialize_RuleWithoutPodConditions_WritesEmptyListAsUpstreamRequires()
    {
        var rule = new PodFailurePolicyRule { Action = PodFailurePolicyAction.Count };
        var job = new Job { Spec = { PodFailurePolicy = new PodFailurePolicy { Rules = [rule] } } };

        var json = JsonNode.Parse(KubeJson.Serialize(job))!;

        var written = json["spec"]!["podFailurePolicy"]!["rules"]![0]!;
        Assert.Equal("Count", (string)written["action"]!);
        Assert.Empty(written["onPodConditions"]!.AsArray());
        Assert.Null(written["onExitCodes"]);
    }
}
