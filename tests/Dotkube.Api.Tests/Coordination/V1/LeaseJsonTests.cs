using System.Text;
using System.Text.Json.Nodes;
using Dotkube.Api.Coordination.V1;
using Dotkube.Api.Schema;
using Dotkube.Api.Serialization;

namespace Dotkube.Api.Tests.Coordination.V1;

public class LeaseJsonTests
{
    private const string LeaseJson = """
        {
          "kind": "Lease",
          "apiVersion": "coordination.k8s.io/v1",
          "metadata": { "name": "node-1", "namespace": "kube-node-lease", "resourceVersion": "77", "creationTimestamp": null },
          "spec": {
            "holderIdentity": "node-1",
            "leaseDurationSeconds": 40,
            "acquireTime": "2024-05-01T10:00:00.000000Z",
            "renewTime": "2024-05-01T10:00:31.123456Z",
            "leaseTransitions": 2,
            "strategy": "OldestEmulationVersion",
            "preferredHolder": "node-2"
          }
        }
        """;

    [Fact]
    public void RoundTrip_Lease_KeepsMicroTimeAndFields()
    {
        var lease = KubeJson.Deserialize<Lease>(Encoding.UTF8.GetBytes(LeaseJson));

        Assert.Equal(new DateTimeOffset(2024, 5, 1, 10, 0, 31, TimeSpan.Zero).AddTicks(1_234_560), lease.Spec.RenewTime);
        Assert.Equal(40, lease.Spec.LeaseDurationSeconds);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(LeaseJson), JsonNode.Parse(KubeJson.Serialize(lease))));
    }

    [Fact]
    public void Serialize_RenewTime_WritesSixFractionalDigits()
    {
        var lease = new Lease { Spec = { RenewTime = new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.Zero).AddTicks(5_000) } };

        var json = Encoding.UTF8.GetString(KubeJson.Serialize(lease));

        Assert.Contains("\"renewTime\":\"2024-05-01T10:00:00.000500Z\"", json);
    }

    [Fact]
    public void Serialize_EmptyLease_WritesEmptySpec()
    {
        var json = Encoding.UTF8.GetString(KubeJson.Serialize(new Lease()));

        Assert.Equal("""{"metadata":{"creationTimestamp":null},"spec":{}}""", json);
    }

    [Fact]
    public void Scheme_Lease_ResolvesByPlural()
    {
        var info = Scheme.Default.FindResource("coordination.k8s.io", "v1", "leases");

        Assert.NotNull(info);
        Assert.Equal(typeof(Lease), info.ClrType);
        Assert.True(info.Namespaced);
        Assert.NotNull(info.ListTypeInfo);
    }
}
