using System.Text;
using System.Text.Json.Nodes;
using Dotkube.Api.Networking.V1;
using Dotkube.Api.Serialization;

namespace Dotkube.Api.Tests.Networking.V1;

public class NetworkPolicyJsonTests
{
    private const string PolicyJson = """
        {
          "kind": "NetworkPolicy",
          "apiVersion": "networking.k8s.io/v1",
          "metadata": { "name": "db", "namespace": "prod", "creationTimestamp": null },
          "spec": {
            "podSelector": { "matchLabels": { "role": "db" } },
            "ingress": [
              {
                "ports": [ { "protocol": "TCP", "port": 5432 }, { "port": "metrics" } ],
                "from": [
                  { "ipBlock": { "cidr": "172.17.0.0/16", "except": [ "172.17.1.0/24" ] } },
                  { "namespaceSelector": { "matchLabels": { "project": "shop" } }, "podSelector": { "matchLabels": { "role": "frontend" } } }
                ]
              }
            ],
            "egress": [
              { "ports": [ { "protocol": "TCP", "port": 32000, "endPort": 32768 } ], "to": [ { "ipBlock": { "cidr": "10.0.0.0/24" } } ] }
            ],
            "policyTypes": [ "Ingress", "Egress" ]
          }
        }
        """;

    [Fact]
    public void RoundTrip_NetworkPolicyWithIpBlockAndPorts_IsSemanticallyEqual()
    {
        var policy = KubeJson.Deserialize<NetworkPolicy>(Encoding.UTF8.GetBytes(PolicyJson));

        var ports = policy.Spec.Ingress![0].Ports!;
        Assert.Equal(5432, ports[0].Port!.Value.IntValue);
        Assert.Equal("metrics", ports[1].Port!.Value.StringValue);
        Assert.Equal(32768, policy.Spec.Egress![0].Ports![0].EndPort);
        Assert.Equal("172.17.0.0/16", policy.Spec.Ingress[0].From![0].IpBlock!.Cidr);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(PolicyJson), JsonNode.Parse(KubeJson.Serialize(policy))));
    }

    [Fact]
    public void Serialize_DenyAllPolicy_AlwaysWritesEmptyPodSelector()
    {
        var policy = new NetworkPolicy { Spec = { PolicyTypes = [PolicyType.Ingress] } };

        var json = Encoding.UTF8.GetString(KubeJson.Serialize(policy));

        Assert.Equal("""{"metadata":{"creationTimestamp":null},"spec":{"podSelector":{},"policyTypes":["Ingress"]}}""", json);
    }
}
