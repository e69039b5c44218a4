using System.Text;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Serialization;

namespace Dotkube.Api.Tests.Core.V1;

public class NodeJsonTests
{
    private const string KindNode = """
        {
          "kind": "Node",
          "apiVersion": "v1",
          "metadata": {
            "name": "kind-control-plane",
            "uid": "5d1c3c39-0b8e-4a43-9d0e-1c0f7f5a9e21",
            "resourceVersion": "4521",
            "creationTimestamp": "2024-05-01T10:00:00Z",
            "labels": {
              "kubernetes.io/arch": "amd64",
              "kubernetes.io/hostname": "kind-control-plane",
              "node-role.kubernetes.io/control-plane": ""
            },
            "annotations": { "node.alpha.kubernetes.io/ttl": "0" }
          },
          "spec": {
            "podCIDR": "10.244.0.0/24",
            "podCIDRs": ["10.244.0.0/24", "fd00:10:244::/64"],
            "providerID": "kind://docker/kind/kind-control-plane",
            "taints": [
              { "key": "node-role.kubernetes.io/control-plane", "effect": "NoSchedule" },
              { "key": "node.kubernetes.io/unreachable", "effect": "NoExecute", "timeAdded": "2024-05-01T10:07:12Z" }
            ]
          },
          "status": {
            "capacity": { "cpu": "8", "ephemeral-storage": "102626232Ki", "hugepages-2Mi": "0", "memory": "16283752Ki", "pods": "110" },
            "allocatable": { "cpu": "8", "ephemeral-storage": "102626232Ki", "hugepages-2Mi": "0", "memory": "16181352Ki", "pods": "110" },
            "conditions": [
              {
                "type": "MemoryPressure", "status": "False",
                "lastHeartbeatTime": "2024-05-01T11:00:00Z", "lastTransitionTime": "2024-05-01T10:00:00Z",
                "reason": "KubeletHasSufficientMemory", "message": "kubelet has sufficient memory available"
              },
              {
                "type": "Ready", "status": "True",
                "lastHeartbeatTime": "2024-05-01T11:00:00Z", "lastTransitionTime": "2024-05-01T10:00:30Z",
                "reason": "KubeletReady", "message": "kubelet is posting ready status"
              }
            ],
            "addresses": [
              { "type": "InternalIP", "address": "172.18.0.2" },
              { "type": "Hostname", "address": "kind-control-plane" }
            ],
            "daemonEndpoints": { "kubeletEndpoint": { "Port": 10250 } },
            "nodeInfo": {
              "machineID": "0d2a3d0a6e5c4b0e9a4b7a36c3b1f0a2",
              "systemUUID": "4c4c4544-0035-4810-8052-b4c04f4e4d32",
              "bootID": "f0b4d9c8-8d0e-4d3a-9f6a-2b7e5c1d9e33",
              "kernelVersion": "6.5.0-1018-azure",
              "osImage": "Debian GNU/Linux 12 (bookworm)",
              "containerRuntimeVersion": "containerd://1.7.18",
              "kubeletVersion": "v1.32.0",
              "kubeProxyVersion": "v1.32.0",
              "operatingSystem": "linux",
              "architecture": "amd64"
            },
            "images": [
              { "names": ["registry.k8s.io/etcd@sha256:a6dc63e6e8cfa0307d7851762fa6b629afb18f28d8aa3fab5a6e91b4af60026a", "registry.k8s.io/etcd:3.5.16-0"], "sizeBytes": 57680541 },
              { "names": [] }
            ],
            "volumesInUse": ["kubernetes.io/csi/ebs.csi.aws.com^vol-0a1b2c3d"],
            "volumesAttached": [ { "name": "kubernetes.io/csi/ebs.csi.aws.com^vol-0a1b2c3d", "devicePath": "" } ],
            "runtimeHandlers": [
              { "name": "", "features": { "recursiveReadOnlyMounts": true, "userNamespaces": true } },
              { "name": "runc", "features": { "recursiveReadOnlyMounts": true, "userNamespaces": false } }
            ],
            "features": { "supplementalGroupsPolicy": true }
          }
        }
        """;

    [Fact]
    public void RoundTrip_KindNodeWithStatus_IsUnchanged()
    {
        var node = ClusterJson.AssertRoundTrips<Node>(KindNode);

        Assert.Equal(new[] { "10.244.0.0/24", "fd00:10:244::/64" }, node.Spec.PodCIDRs!);
        Assert.Equal(10250, node.Status.DaemonEndpoints.KubeletEndpoint.Port);
        Assert.Equal("Debian GNU/Linux 12 (bookworm)", node.Status.NodeInfo.OSImage);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 10, 7, 12, TimeSpan.Zero), node.Spec.Taints![1].TimeAdded);
        Assert.Equal("16283752Ki", node.Status.Capacity!["memory"].ToString());
    }

    [Theory]
    [InlineData("\"podCIDR\":")]
    [InlineData("\"podCIDRs\":")]
    [InlineData("\"providerID\":")]
    [InlineData("\"Port\":10250")]
    [InlineData("\"machineID\":")]
    [InlineData("\"systemUUID\":")]
    [InlineData("\"bootID\":")]
    [InlineData("\"osImage\":")]
    [InlineData("\"kubeProxyVersion\":")]
    [InlineData("\"sizeBytes\":")]
    public void Encode_Node_UsesUpstreamKeys(string key)
    {
        var json = ClusterJson.Encode(ClusterJson.Decode<Node>(KindNode));

        Assert.Contains(key, json, StringComparison.Ordinal);
    }

    [Fact]
    public void Encode_EmptyNode_WritesRequiredStatusStructsAsUpstream()
    {
        var node = new Node { Metadata = { Name = "n1" } };

        var json = Encoding.UTF8.GetString(KubeJson.SerializeObject(node));

        Assert.Equal(
            """{"kind":"Node","apiVersion":"v1","metadata":{"name":"n1","creationTimestamp":null},"spec":{},"status":{"daemonEndpoints":{"kubeletEndpoint":{"Port":0}},"nodeInfo":{"machineID":"","systemUUID":"","bootID":"","kernelVersion":"","osImage":"","containerRuntimeVersion":"","kubeletVersion":"","kubeProxyVersion":"","operatingSystem":"","architecture":""}}}""",
            json);
    }

    [Fact]
    public void Encode_TaintAndImageWithoutOptionals_WritesRequiredFields()
    {
        var json = ClusterJson.Encode(new NodeStatus { Images = [new ContainerImage()], RuntimeHandlers = [new NodeRuntimeHandler()] });

        Assert.Contains("\"images\":[{\"names\":[]}]", json, StringComparison.Ordinal);
        Assert.Contains("\"runtimeHandlers\":[{\"name\":\"\"}]", json, StringComparison.Ordinal);
        Assert.Equal("""{"key":"k","effect":"NoSchedule"}""", ClusterJson.Encode(new Taint { Key = "k", Effect = TaintEffect.NoSchedule }));
    }

    [Fact]
    public void Decode_LowercasePortKey_IsNotTheDaemonPort()
    {
        var endpoint = ClusterJson.Decode<DaemonEndpoint>("""{"port":10250}""");

        Assert.Equal(0, endpoint.Port);
    }
}
