using System.Text;
using System.Text.Json.Nodes;
using Dotkube.Api.Schema;
using Dotkube.Api.Serialization;
using Dotkube.Api.Storage.V1;

namespace Dotkube.Api.Tests.Storage.V1;

public class StorageClassJsonTests
{
    private const string StorageClassJson = """
        {
          "kind": "StorageClass",
          "apiVersion": "storage.k8s.io/v1",
          "metadata": { "name": "fast", "creationTimestamp": null, "annotations": { "storageclass.kubernetes.io/is-default-class": "true" } },
          "provisioner": "rancher.io/local-path",
          "parameters": { "type": "ssd", "fsType": "ext4" },
          "reclaimPolicy": "Retain",
          "mountOptions": [ "noatime" ],
          "allowVolumeExpansion": true,
          "volumeBindingMode": "WaitForFirstConsumer",
          "allowedTopologies": [
            { "matchLabelExpressions": [ { "key": "topology.kubernetes.io/zone", "values": [ "zone-a", "zone-b" ] } ] }
          ]
        }
        """;

    [Fact]
    public void RoundTrip_StorageClass_IsSemanticallyEqual()
    {
        var sc = KubeJson.Deserialize<StorageClass>(Encoding.UTF8.GetBytes(StorageClassJson));

        Assert.Equal(VolumeBindingMode.WaitForFirstConsumer, sc.VolumeBindingMode);
        Assert.Equal("ssd", sc.Parameters!["type"]);
        Assert.Single(sc.AllowedTopologies!);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(StorageClassJson), JsonNode.Parse(KubeJson.Serialize(sc))));
    }

    [Fact]
    public void Scheme_StorageClass_ResolvesByPluralAsClusterScoped()
    {
        var info = Scheme.Default.FindResource("storage.k8s.io", "v1", "storageclasses");

        Assert.NotNull(info);
        Assert.Equal(typeof(StorageClass), info.ClrType);
        Assert.False(info.Namespaced);
        Assert.Equal(["sc"], info.ShortNames);
    }
}
