using System.Text;
using System.Text.Json.Nodes;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Serialization;

namespace Dotkube.Api.Tests.Core.V1;

public class ReplicationControllerJsonTests
{
    [Fact]
    public void Deserialize_ReplicationController_ReencodesToSameJson()
    {
        const string input = """
        {
          "kind": "ReplicationController",
          "apiVersion": "v1",
          "metadata": { "name": "nginx", "namespace": "default", "generation": 2, "creationTimestamp": null },
          "spec": {
            "replicas": 3,
            "minReadySeconds": 5,
            "selector": { "app": "nginx" },
            "template": {
              "metadata": { "creationTimestamp": null, "labels": { "app": "nginx" } },
              "spec": { "containers": [ { "name": "nginx", "image": "nginx:1.27", "ports": [ { "containerPort": 80 } ], "resources": {} } ] }
            }
          },
          "status": {
            "replicas": 3,
            "fullyLabeledReplicas": 3,
            "readyReplicas": 2,
            "availableReplicas": 2,
            "observedGeneration": 2,
            "conditions": [ { "type": "ReplicaFailure", "status": "False", "lastTransitionTime": "2024-05-01T10:00:00Z", "reason": "Recovered" } ]
          }
        }
        """;

        var rc = KubeJson.Deserialize<ReplicationController>(Encoding.UTF8.GetBytes(input));
        var actual = JsonNode.Parse(KubeJson.Serialize(rc));

        Assert.Equal(80, rc.Spec.Template!.Spec.Containers[0].Ports![0].Port);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(input), actual), $"re-encoded controller differs:\n{actual}");
    }

    [Fact]
    public void Serialize_Binding_WritesTargetAlways()
    {
        var binding = new Binding { Metadata = { Name = "web-0", Namespace = "shop" }, Target = new ObjectReference { Kind = "Node", Name = "worker-1" } };

        var json = Encoding.UTF8.GetString(KubeJson.SerializeObject(binding));

        Assert.Equal(
            """{"kind":"Binding","apiVersion":"v1","metadata":{"name":"web-0","namespace":"shop","creationTimestamp":null},"target":{"kind":"Node","name":"worker-1"}}""",
            json);
    }

    [Fact]
    public void Serialize_EmptyReplicationControllerStatus_WritesReplicas()
    {
        var json = Encoding.UTF8.GetString(KubeJson.Serialize(new ReplicationControllerStatus()));

        Assert.Equal("""{"replicas":0}""", json);
    }
}
