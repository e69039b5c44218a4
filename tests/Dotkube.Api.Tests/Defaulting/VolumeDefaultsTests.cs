using Dotkube.Api.Core.V1;
using static Dotkube.Api.Tests.Defaulting.DefaultingHarness;

namespace Dotkube.Api.Tests.Defaulting;

public class VolumeDefaultsTests
{
    private static Volume DefaultedVolume(string volumeJson) =>
        Defaulted<Pod>("""{"spec":{"containers":[],"volumes":[@VOLUME]}}""".Replace("@VOLUME", volumeJson, StringComparison.Ordinal)).Spec.Volumes![0];

    [Theory]
    [InlineData("""{"name":"v"}""", """{"name":"v","emptyDir":{}}""")]
    [InlineData("""{"name":"v","hostPath":{"path":"/data"}}""", """{"name":"v","hostPath":{"path":"/data","type":""}}""")]
    [InlineData("""{"name":"v","secret":{"secretName":"s"}}""", """{"name":"v","secret":{"secretName":"s","defaultMode":420}}""")]
    [InlineData("""{"name":"v","configMap":{"name":"c","defaultMode":256}}""", """{"name":"v","configMap":{"name":"c","defaultMode":256}}""")]
    [InlineData("""{"name":"v","configMap":{"name":"c"}}""", """{"name":"v","configMap":{"name":"c","defaultMode":420}}""")]
    [InlineData(
        """{"name":"v","downwardAPI":{"items":[{"path":"n","fieldRef":{"fieldPath":"metadata.name"}}]}}""",
        """{"name":"v","downwardAPI":{"items":[{"path":"n","fieldRef":{"apiVersion":"v1","fieldPath":"metadata.name"}}],"defaultMode":420}}""")]
    [InlineData(
        """{"name":"v","projected":{"sources":[{"serviceAccountToken":{"path":"token"}},{"downwardAPI":{"items":[{"path":"l","fieldRef":{"fieldPath":"metadata.labels"}}]}},{"configMap":{"name":"ca"}}]}}""",
        """{"name":"v","projected":{"sources":[{"serviceAccountToken":{"expirationSeconds":3600,"path":"token"}},{"downwardAPI":{"items":[{"path":"l","fieldRef":{"apiVersion":"v1","fieldPath":"metadata.labels"}}]}},{"configMap":{"name":"ca"}}],"defaultMode":420}}""")]
    [InlineData(
        """{"name":"v","iscsi":{"targetPortal":"t","iqn":"i","lun":0}}""",
        """{"name":"v","iscsi":{"targetPortal":"t","iqn":"i","lun":0,"iscsiInterface":"default"}}""")]
    [InlineData(
        """{"name":"v","rbd":{"monitors":["m"],"image":"img"}}""",
        """{"name":"v","rbd":{"monitors":["m"],"image":"img","pool":"rbd","user":"admin","keyring":"/etc/ceph/keyring"}}""")]
    [InlineData(
        """{"name":"v","azureDisk":{"diskName":"d","diskURI":"u"}}""",
        """{"name":"v","azureDisk":{"diskName":"d","diskURI":"u","cachingMode":"ReadWrite","fsType":"ext4","readOnly":false,"kind":"Shared"}}""")]
    [InlineData(
        """{"name":"v","scaleIO":{"gateway":"g","system":"s","secretRef":{"name":"x"}}}""",
        """{"name":"v","scaleIO":{"gateway":"g","system":"s","secretRef":{"name":"x"},"storageMode":"ThinProvisioned","fsType":"xfs"}}""")]
    [InlineData(
        """{"name":"v","ephemeral":{"volumeClaimTemplate":{"spec":{"accessModes":["ReadWriteOnce"],"resources":{"requests":{"storage":"1Gi"}}}}}}""",
        """{"name":"v","ephemeral":{"volumeClaimTemplate":{"metadata":{"creationTimestamp":null},"spec":{"accessModes":["ReadWriteOnce"],"resources":{"requests":{"storage":"1Gi"}},"volumeMode":"Filesystem"}}}}""")]
    [InlineData("""{"name":"v","image":{"reference":"img:1"}}""", """{"name":"v","image":{"reference":"img:1"}}""")]
    public void Apply_PodVolume_DefaultsAsUpstream(string volume, string expected) =>
        AssertJson(expected, DefaultedVolume(volume));
}
