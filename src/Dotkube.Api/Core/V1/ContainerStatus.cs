using System.Text.Json.Serialization;
using Dotkube.Api.Schema;
using Dotkube.Api.Values;

namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 ContainerStatus, reported by the kubelet; name, ready, restartCount, image and imageID are always written.</summary>
public sealed class ContainerStatus
{
    public string Name { get; set; } = "";

    /// <summary>A non-pointer struct upstream, so always written (as <c>{}</c> when empty).</summary>
    public ContainerState State { get; set => field = value ?? new(); } = new();

    /// <summary>The upstream key is "lastState"; always written, as <see cref="State"/>.</summary>
    [JsonPropertyName("lastState")]
    public ContainerState LastTerminationState { get; set => field = value ?? new(); } = new();

    public bool Ready { get; set; }

    public int RestartCount { get; set; }

    public string Image { get; set; } = "";

    public string ImageID { get; set; } = "";

    /// <summary>"&lt;runtime&gt;://&lt;id&gt;", e.g. "containerd://4f...".</summary>
    public string? ContainerID { get; set; }

    public bool? Started { get; set; }

    public Dictionary<string, Quantity>? AllocatedResources { get; set; }

    public ResourceRequirements? Resources { get; set; }

    [PatchStrategy("merge")]
    [PatchMergeKey("mountPath")]
    public List<VolumeMountStatus>? VolumeMounts { get; set; }

    public ContainerUser? User { get; set; }

    /// <summary>Health of allocated devices (ResourceHealthStatus gate, alpha since v1.31).</summary>
    [PatchStrategy("merge")]
    [PatchMergeKey("name")]
    public List<ResourceStatus>? AllocatedResourcesStatus { get; set; }
}
