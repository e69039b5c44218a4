using System.Text;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Values;
using Dotkube.Kubelet.Volumes;

namespace Dotkube.Kubelet.Tests.Volumes;

/// <summary>configMap, secret and projected payloads as upstream's MakePayload: all keys or the items, modes, optional sources and the errors.</summary>
public sealed class VolumePayloadsTests
{
    private static readonly ConfigMap Config = new()
    {
        Metadata = new ObjectMeta { Name = "cfg", Namespace = "default" },
        Data = new() { ["a"] = "1", ["b"] = "2" },
        BinaryData = new() { ["bin"] = [0, 1] },
    };

    [Fact]
    public void Without_items_every_data_and_binaryData_key_is_a_file_with_the_default_mode()
    {
        var payload = VolumePayloads.ConfigMap(Config, "cfg", null, 420, optional: false);
        Assert.Equal(["a", "b", "bin"], payload.Keys.Order(StringComparer.Ordinal));
        Assert.All(payload.Values, f => Assert.Equal(420, f.Mode));
        Assert.Equal([0, 1], payload["bin"].Data);
    }

    [Fact]
    public void Items_pick_keys_to_paths_with_their_own_mode()
    {
        var payload = VolumePayloads.ConfigMap(Config, "cfg", [new KeyToPath { Key = "a", Path = "dir/first", Mode = 256 }, new KeyToPath { Key = "b", Path = "second" }],
            420, optional: false);
        Assert.Equal(("1", 256), (Encoding.UTF8.GetString(payload["dir/first"].Data), payload["dir/first"].Mode));
        Assert.Equal(420, payload["second"].Mode);
        Assert.Equal(2, payload.Count);
    }

    [Theory]
    [InlineData(false, "configmap references non-existent config key: zzz")]
    [InlineData(true, null)]
    public void A_missing_item_key_fails_unless_optional(bool optional, string? error)
    {
        var thrown = Record.Exception(() => VolumePayloads.ConfigMap(Config, "cfg", [new KeyToPath { Key = "zzz", Path = "z" }], 420, optional));
        Assert.Equal(error, thrown?.Message);
    }

    [Fact]
    public void A_missing_object_fails_unless_optional_and_then_gives_no_files()
    {
        Assert.Equal("configmap \"cfg\" not found", Assert.Throws<VolumeSetupException>(() => VolumePayloads.ConfigMap(null, "cfg", null, 420, false)).Message);
        Assert.Equal("secret \"s\" not found", Assert.Throws<VolumeSetupException>(() => VolumePayloads.Secret(null, "s", null, 420, false)).Message);
        Assert.Empty(VolumePayloads.Secret(null, "s", [new KeyToPath { Key = "k", Path = "k" }], 420, optional: true));
        Assert.Equal("secret references non-existent secret key: k", Assert.Throws<VolumeSetupException>(() =>
            VolumePayloads.Secret(new Secret { Data = [] }, "s", [new KeyToPath { Key = "k", Path = "k" }], 420, false)).Message);
    }

    [Fact]
    public void A_projected_volume_merges_its_sources_and_leaves_out_a_token_it_cannot_get()
    {
        var objects = new PodObjects(new Dictionary<string, ConfigMap?> { ["kube-root-ca.crt"] = new() { Data = new() { ["ca.crt"] = "PEM" } } },
            new Dictionary<string, Secret?>());
        var source = new ProjectedVolumeSource
        {
            Sources =
            [
                new VolumeProjection { ServiceAccountToken = new ServiceAccountTokenProjection { Path = "token", ExpirationSeconds = 3607 } },
                new VolumeProjection { ConfigMap = new ConfigMapProjection { Name = "kube-root-ca.crt", Items = [new KeyToPath { Key = "ca.crt", Path = "ca.crt" }] } },
                new VolumeProjection
                {
                    DownwardAPI = new DownwardAPIProjection { Items = [new DownwardAPIVolumeFile { Path = "namespace", FieldRef = new ObjectFieldSelector { FieldPath = "metadata.namespace" } }] },
                },
            ],
        };
        var payload = VolumePayloads.Projected(DownwardApiTests.Pod(), source, objects, new Dictionary<string, Quantity>(), _ => null);
        Assert.Equal(["ca.crt", "namespace"], payload.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("PEM", Encoding.UTF8.GetString(payload["ca.crt"].Data));
        Assert.Equal("shop", Encoding.UTF8.GetString(payload["namespace"].Data));
        Assert.All(payload.Values, f => Assert.Equal(420, f.Mode));
    }
}
