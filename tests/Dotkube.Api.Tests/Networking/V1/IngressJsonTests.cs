using System.Text;
using System.Text.Json.Nodes;
using Dotkube.Api.Networking.V1;
using Dotkube.Api.Serialization;

namespace Dotkube.Api.Tests.Networking.V1;

public class IngressJsonTests
{
    private const string IngressJson = """
        {
          "kind": "Ingress",
          "apiVersion": "networking.k8s.io/v1",
          "metadata": { "name": "shop", "namespace": "web", "creationTimestamp": null },
          "spec": {
            "ingressClassName": "nginx",
            "defaultBackend": { "resource": { "apiGroup": "storage.example.com", "kind": "Bucket", "name": "static" } },
            "tls": [ { "hosts": [ "shop.example.com", "*.shop.example.com" ], "secretName": "shop-tls" } ],
            "rules": [
              {
                "host": "shop.example.com",
                "http": {
                  "paths": [
                    { "path": "/", "pathType": "Prefix", "backend": { "service": { "name": "front", "port": { "number": 80 } } } },
                    { "path": "/api", "pathType": "Exact", "backend": { "service": { "name": "api", "port": { "name": "http" } } } }
                  ]
                }
              },
              { "host": "*.shop.example.com" }
            ]
          },
          "status": {
            "loadBalancer": {
              "ingress": [
                { "ip": "203.0.113.7", "ports": [ { "port": 443, "protocol": "TCP", "error": "CertificateExpired" } ] },
                { "hostname": "lb.example.net" }
              ]
            }
          }
        }
        """;

    [Fact]
    public void RoundTrip_IngressWithTlsAndBackends_IsSemanticallyEqual()
    {
        var ingress = KubeJson.Deserialize<Ingress>(Encoding.UTF8.GetBytes(IngressJson));

        var paths = ingress.Spec.Rules![0].Http!.Paths;
        Assert.Equal(80, paths[0].Backend.Service!.Port.Number);
        Assert.Equal("http", paths[1].Backend.Service!.Port.Name);
        Assert.Equal(PathType.Exact, paths[1].PathType);
        Assert.Equal("Bucket", ingress.Spec.DefaultBackend!.Resource!.Kind);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(IngressJson), JsonNode.Parse(KubeJson.Serialize(ingress))));
    }

    [Fact]
    public void Serialize_EmptyIngress_WritesSpecAndLoadBalancerStatus()
    {
        var json = Encoding.UTF8.GetString(KubeJson.Serialize(new Ingress()));

        Assert.Equal("""{"metadata":{"creationTimestamp":null},"spec":{},"status":{"loadBalancer":{}}}""", json);
    }
}
