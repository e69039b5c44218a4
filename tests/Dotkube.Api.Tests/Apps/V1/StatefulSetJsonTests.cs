using System.Text;
using System.Text.Json.Nodes;
using Dotkube.Api.Apps.V1;
using Dotkube.Api.Serialization;

namespace Dotkube.Api.Tests.Apps.V1;

public class StatefulSetJsonTests
{
    private const string StatefulSetJson = """
        {
          "kind": "StatefulSet",
          "apiVersion": "apps/v1",
          "metadata": { "name": "db", "namespace": "data", "generation": 2, "creationTimestamp": null },
          "spec": {
            "replicas": 3,
            "selector": { "matchLabels": { "app": "db" } },
            "template": {
              "metadata": { "creationTimestamp": null, "labels": { "app": "db" } },
              "spec": {
                "containers": [
                  {
                    "name": "postgres",
                    "image": "postgres:16",
                    "resources": {},
                    "volumeMounts": [ { "name": "data", "mountPath": "/var/lib/postgresql/data" } ]
                  }
                ]
              }
            },
            "volumeClaimTemplates": [
              {
                "kind": "PersistentVolumeClaim",
                "apiVersion": "v1",
                "metadata": { "name": "data", "creationTimestamp": null },
                "spec": {
                  "accessModes": [ "ReadWriteOnce" ],
                  "resources": { "requests": { "storage": "10Gi" } },
                  "storageClassName": "standard",
                  "volumeMode": "Filesystem"
                },
                "status": { "phase": "Pending" }
              }
            ],
            "serviceName": "db",
            "podManagementPolicy": "Parallel",
            "updateStrategy": { "type": "RollingUpdate", "rollingUpdate": { "partition": 1, "maxUnavailable": "50%" } },
            "revisionHistoryLimit": 10,
            "minReadySeconds": 0,
            "persistentVolumeClaimRetentionPolicy": { "whenDeleted": "Delete", "whenScaled": "Retain" },
            "ordinals": { "start": 0 }
          },
          "status": {
            "observedGeneration": 2,
            "replicas": 3,
            "readyReplicas": 3,
            "currentReplicas": 3,
            "updatedReplicas": 3,
            "currentRevision": "db-5d8f7c",
            "updateRevision": "db-5d8f7c",
            "collisionCount": 0,
            "availableReplicas": 3
          }
        }
        """;

    [Fact]
    public void RoundTrip_StatefulSetWithVolumeClaimTemplates_KeepsEveryField()
    {
        var statefulSet = KubeJson.Deserialize<StatefulSet>(Encoding.UTF8.GetBytes(StatefulSetJson));
        var written = KubeJson.Serialize(statefulSet);

        var actual = JsonNode.Parse(written);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(StatefulSetJson), actual), $"re-encoded JSON differs:\n{actual}");
    }

    [Fact]
    public void Deserialize_StatefulSet_ReadsClaimTemplateAndPolicies()
    {
        var statefulSet = KubeJson.Deserialize<StatefulSet>(Encoding.UTF8.GetBytes(StatefulSetJson));

        Assert.Equal("data", statefulSet.Spec.VolumeClaimTemplates![0].Metadata.Name);
        Assert.Equal(PodManagementPolicyType.Parallel, statefulSet.Spec.PodManagementPolicy);
        Assert.Equal(1, statefulSet.Spec.UpdateStrategy.RollingUpdate!.Partition);
        Assert.Equal(PersistentVolumeClaimRetentionPolicyType.Delete, statefulSet.Spec.PersistentVolumeClaimRetentionPolicy!.WhenDeleted);
    }

    [Fact]
    public void Serialize_ZeroStatusCounters_WritesRequiredOnes()
    {
        var json = JsonNode.Parse(KubeJson.Serialize(new StatefulSet()))!;

        // replicas and availableReplicas have no omitempty upstream; serviceName is required.
        Assert.Equal(0, (int)json["status"]!["replicas"]!);
        Assert.Equal(0, (int)json["status"]!["availableReplicas"]!);
        Assert.Equal("", (string)json["spec"]!["serviceName"]!);
        Assert.Null(json["status"]!["readyReplicas"]);
    }
}
