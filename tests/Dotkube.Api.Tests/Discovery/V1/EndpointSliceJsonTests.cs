using System.Text;
using System.Text.Json.Nodes;
using Dotkube.Api.Discovery.V1;
using Dotkube.Api.Schema;
using Dotkube.Api.Serialization;

namespace Dotkube.Api.Tests.Discovery.V1;

public class EndpointSliceJsonTests
{
    private const string SliceJson = """
        {
          "kind": "EndpointSlice",
          "apiVersion": "discovery.k8s.io/v1",
          "metadata": {
            "name": "web-abc12",
            "namespace": "default",
            "creationTimestamp": null,
            "labels": {
              "kubernetes.io/service-name": "web",
              "endpointslice.kubernetes.io/managed-by": "endpointslice-controller.k8s.io"
            }
          },
          "addressType": "IPv4",
          "endpoints": [
            {
              "addresses": [ "10.244.1.5" ],
              "conditions": { "ready": true, "serving": true, "terminating": false },
              "targetRef": { "kind": "Pod", "namespace": "default", "name": "web-7d4b9-x2k4p", "uid": "0c1e7a36-5d3b-4c55-8f6d-2a9b9f4c1d11" },
              "nodeName": "node-1",
              "zone": "zone-a",
              "hints": { "forZones": [ { "name": "zone-a" } ] }
            },
            {
              "addresses": [ "10.244.2.9" ],
              "conditions": {},
              "hostname": "web-1"
            }
          ],
          "ports": [ { "name": "http", "protocol": "TCP", "port": 8080, "appProtocol": "http" } ]
        }
        """;

    [Fact]
    public void RoundTrip_EndpointSlice_IsSemanticallyEqual()
    {
        var slice = KubeJson.Deserialize<EndpointSlice>(Encoding.UTF8.GetBytes(SliceJson));

        Assert.Equal(AddressType.IPv4, slice.AddressType);
        Assert.Equal("web-7d4b9-x2k4p", slice.Endpoints[0].TargetRef!.Name);
        Assert.Null(slice.Endpoints[1].Conditions.Ready);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(SliceJson), JsonNode.Parse(KubeJson.Serialize(slice))));
    }

    [Fact]
    public void Serialize_EmptySlice_AlwaysWritesEndpointsAndPorts()
    {
        var json = Encoding.UTF8.GetString(KubeJson.Serialize(new EndpointSlice { AddressType = AddressType.FQDN }));

        Assert.Equal("""{"metadata":{"creationTimestamp":null},"addressType":"FQDN","endpoints":[],"ports":[]}""", json);
    }

    [Fact]
    public void Scheme_EndpointSlice_ResolvesByPlural()
    {
        var info = Scheme.Default.FindResource("discovery.k8s.io", "v1", "endpointslices");

        Assert.NotNull(info);
        Assert.Equal(typeof(EndpointSlice), info.ClrType);
        Assert.Equal("EndpointSliceList", info.ListKind);
    }
}
