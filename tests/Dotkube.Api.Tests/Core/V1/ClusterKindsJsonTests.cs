using Dotkube.Api.Core.V1;

namespace Dotkube.Api.Tests.Core.V1;

/// <summary>Round trips of the smaller cluster-side kinds.</summary>
public class ClusterKindsJsonTests
{
    [Fact]
    public void RoundTrip_TerminatingNamespace_IsUnchanged()
    {
        var ns = ClusterJson.AssertRoundTrips<Namespace>("""
            {
              "kind": "Namespace", "apiVersion": "v1",
              "metadata": { "name": "team-a", "creationTimestamp": null, "deletionTimestamp": "2024-05-01T10:00:00Z", "labels": { "kubernetes.io/metadata.name": "team-a" } },
              "spec": { "finalizers": ["kubernetes"] },
              "status": {
                "phase": "Terminating",
                "conditions": [
                  { "type": "NamespaceContentRemaining", "status": "True", "lastTransitionTime": "2024-05-01T10:00:02Z", "reason": "SomeResourcesRemain", "message": "Some resources are remaining: pods. has 2 resource instances" }
                ]
              }
            }
            """);

        Assert.Equal(FinalizerName.Kubernetes, ns.Spec.Finalizers![0]);
        Assert.Equal(NamespaceConditionType.ContentRemaining, ns.Status.Conditions![0].Type);
    }

    [Fact]
    public void RoundTrip_Endpoints_IsUnchanged()
    {
        var endpoints = ClusterJson.AssertRoundTrips<Endpoints>("""
            {
              "kind": "Endpoints", "apiVersion": "v1",
              "metadata": { "name": "web", "namespace": "default", "creationTimestamp": null },
              "subsets": [
                {
                  "addresses": [ { "ip": "10.244.1.5", "hostname": "web-0", "nodeName": "kind-worker", "targetRef": { "kind": "Pod", "namespace": "default", "name": "web-0", "uid": "a1b2" } } ],
                  "notReadyAddresses": [ { "ip": "10.244.2.9" } ],
                  "ports": [ { "name": "http", "port": 8080, "protocol": "TCP", "appProtocol": "http" } ]
                }
              ]
            }
            """);

        Assert.Equal("10.244.1.5", endpoints.Subsets![0].Addresses![0].IP);
    }

    [Fact]
    public void RoundTrip_ServiceAccount_IsUnchanged()
    {
        ClusterJson.AssertRoundTrips<ServiceAccount>("""
            {
              "kind": "ServiceAccount", "apiVersion": "v1",
              "metadata": { "name": "builder", "namespace": "ci", "creationTimestamp": null },
              "secrets": [ { "name": "builder-token" } ],
              "imagePullSecrets": [ { "name": "registry-cred" } ],
              "automountServiceAccountToken": false
            }
            """);
    }

    [Fact]
    public void RoundTrip_ResourceQuota_IsUnchanged()
    {
        var quota = ClusterJson.AssertRoundTrips<ResourceQuota>("""
            {
              "kind": "ResourceQuota", "apiVersion": "v1",
              "metadata": { "name": "compute", "namespace": "team-a", "creationTimestamp": null },
              "spec": {
                "hard": { "requests.cpu": "4", "requests.memory": "8Gi", "pods": "20", "count/deployments.apps": "5" },
                "scopes": ["NotBestEffort"],
                "scopeSelector": { "matchExpressions": [ { "scopeName": "PriorityClass", "operator": "In", "values": ["high"] }, { "scopeName": "Terminating", "operator": "Exists" } ] }
              },
              "status": {
                "hard": { "requests.cpu": "4", "requests.memory": "8Gi", "pods": "20", "count/deployments.apps": "5" },
                "used": { "requests.cpu": "1500m", "requests.memory": "3Gi", "pods": "7", "count/deployments.apps": "2" }
              }
            }
            """);

        Assert.Equal(ScopeSelectorOperator.Exists, quota.Spec.ScopeSelector!.MatchExpressions![1].Operator);
        Assert.Equal("1500m", quota.Status.Used!["requests.cpu"].ToString());
    }

    [Fact]
    public void RoundTrip_LimitRange_IsUnchanged()
    {
        var limits = ClusterJson.AssertRoundTrips<LimitRange>("""
            {
              "kind": "LimitRange", "apiVersion": "v1",
              "metadata": { "name": "defaults", "namespace": "team-a", "creationTimestamp": null },
              "spec": {
                "limits": [
                  { "type": "Container", "max": { "cpu": "2" }, "min": { "cpu": "100m" }, "default": { "cpu": "500m", "memory": "512Mi" }, "defaultRequest": { "cpu": "250m", "memory": "256Mi" }, "maxLimitRequestRatio": { "cpu": "4" } },
                  { "type": "PersistentVolumeClaim", "max": { "storage": "50Gi" }, "min": { "storage": "1Gi" } }
                ]
              }
            }
            """);

        Assert.Equal(LimitType.PersistentVolumeClaim, limits.Spec.Limits[1].Type);
    }

    [Fact]
    public void Encode_EmptyLimitRange_WritesRequiredLimits()
    {
        Assert.Equal("""{"metadata":{"creationTimestamp":null},"spec":{"limits":[]}}""", ClusterJson.Encode(new LimitRange()));
    }

    [Fact]
    public void RoundTrip_TopologySelectorTerm_IsUnchanged()
    {
        ClusterJson.AssertRoundTrips<TopologySelectorTerm>("""
            { "matchLabelExpressions": [ { "key": "topology.kubernetes.io/zone", "values": ["eu-west-1a", "eu-west-1b"] } ] }
            """);
        Assert.Equal("""{"key":"k","values":[]}""", ClusterJson.Encode(new TopologySelectorLabelRequirement { Key = "k" }));
    }
}
