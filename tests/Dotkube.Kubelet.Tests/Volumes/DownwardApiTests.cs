using System.Text;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Values;
using Dotkube.Kubelet.Volumes;

namespace Dotkube.Kubelet.Tests.Volumes;

/// <summary>Downward API values as upstream renders them (fieldpath.FormatMap, ExtractContainerResourceValue) and the files of a downwardAPI volume.</summary>
public sealed class DownwardApiTests
{
    private static readonly Dictionary<string, Quantity> Allocatable = new()
    {
        ["cpu"] = Quantity.Parse("4"),
        ["memory"] = Quantity.Parse("8Gi"),
    };

    [Theory]
    [InlineData("metadata.name", "web")]
    [InlineData("metadata.namespace", "shop")]
    [InlineData("metadata.uid", "u-1")]
    [InlineData("metadata.labels", "app=\"web\"\ntier=\"front \\\"end\\\"\"")]
    [InlineData("metadata.annotations", "note=\"line1\\nline2\"")]
    [InlineData("metadata.labels['tier']", "front \"end\"")]
    [InlineData("metadata.labels['missing']", "")]
    public void Fields_render_as_upstream(string path, string expected) => Assert.Equal(expected, DownwardApi.ExtractFieldPath(Pod(), path));

    [Theory]
    [InlineData("spec.nodeName", "unsupported fieldPath: spec.nodeName")]
    [InlineData("metadata.name['x']", "fieldPath \"metadata.name['x']\" does not support subscript")]
    public void Other_fields_fail_with_upstreams_message(string path, string error) =>
        Assert.Equal(error, Assert.Throws<DownwardApiException>(() => DownwardApi.ExtractFieldPath(Pod(), path)).Message);

    [Theory]
    [InlineData("limits.cpu", "", "1")] // 500m rounds up to 1 core
    [InlineData("limits.cpu", "1m", "500")]
    [InlineData("requests.cpu", "1m", "250")]
    [InlineData("limits.memory", "", "134217728")]
    [InlineData("limits.memory", "1Mi", "128")]
    [InlineData("requests.memory", "1Mi", "64")]
    public void Resources_are_divided_by_the_divisor_and_rounded_up(string resource, string divisor, string expected)
    {
        var selector = new ResourceFieldSelector { Resource = resource, Divisor = Quantity.Parse(divisor.Length == 0 ? "0" : divisor) };
        Assert.Equal(expected, DownwardApi.ResourceValue(selector, Pod(), Pod().Spec.Containers[0], Allocatable));
    }

    [Fact]
    public void A_missing_limit_is_the_nodes_allocatable_and_a_missing_request_is_zero()
    {
        var bare = Pod();
        bare.Spec.Containers[0].Resources = new ResourceRequirements();
        var container = bare.Spec.Containers[0];
        Assert.Equal("4", DownwardApi.ResourceValue(new ResourceFieldSelector { Resource = "limits.cpu" }, bare, container, Allocatable));
        Assert.Equal("8", DownwardApi.ResourceValue(new ResourceFieldSelector { Resource = "limits.memory", Divisor = Quantity.Parse("1Gi") },
            bare, container, Allocatable));
        Assert.Equal("0", DownwardApi.ResourceValue(new ResourceFieldSelector { Resource = "requests.memory" }, bare, container, Allocatable));
    }

    [Fact]
    public void A_named_container_must_exist_and_unknown_resources_fail()
    {
        var pod = Pod();
        Assert.Equal("container nope not found", Assert.Throws<DownwardApiException>(() =>
            DownwardApi.ResourceValue(new ResourceFieldSelector { ContainerName = "nope", Resource = "limits.cpu" }, pod, null, Allocatable)).Message);
        Assert.Equal("unsupported container resource : limits.gpu", Assert.Throws<DownwardApiException>(() =>
            DownwardApi.ResourceValue(new ResourceFieldSelector { Resource = "limits.gpu" }, pod, pod.Spec.Containers[0], Allocatable)).Message);
    }

    [Fact]
    public void A_downwardAPI_volume_has_one_file_per_item_with_its_mode()
    {
        var items = new List<DownwardAPIVolumeFile>
        {
            new() { Path = "labels", FieldRef = new ObjectFieldSelector { FieldPath = "metadata.labels" } },
            new() { Path = "cpu_limit", Mode = 256, ResourceFieldRef = new ResourceFieldSelector { ContainerName = "main", Resource = "limits.cpu", Divisor = Quantity.Parse("1m") } },
        };
        var payload = VolumePayloads.DownwardApi(Pod(), items, 420, Allocatable);
        Assert.Equal(("app=\"web\"\ntier=\"front \\\"end\\\"\"", 420), (Encoding.UTF8.GetString(payload["labels"].Data), payload["labels"].Mode));
        Assert.Equal(("500", 256), (Encoding.UTF8.GetString(payload["cpu_limit"].Data), payload["cpu_limit"].Mode));
    }

    internal static Pod Pod() => new()
    {
        Metadata = new ObjectMeta
        {
            Name = "web",
            Namespace = "shop",
            Uid = "u-1",
            Labels = new() { ["tier"] = "front \"end\"", ["app"] = "web" },
            Annotations = new() { ["note"] = "line1\nline2" },
        },
        Spec = new PodSpec
        {
            Containers =
            [
                new Container
                {
                    Name = "main",
                    Resources = new ResourceRequirements
                    {
                        Limits = new() { ["cpu"] = Quantity.Parse("500m"), ["memory"] = Quantity.Parse("128Mi") },
                        Requests = new() { ["cpu"] = Quantity.Parse("250m"), ["memory"] = Quantity.Parse("64Mi") },
                    },
                },
            ],
        },
    };
}
