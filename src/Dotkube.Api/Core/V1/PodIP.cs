namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 PodIP: one address of the pod; ip is required.</summary>
public sealed class PodIP
{
    public string IP { get; set; } = "";
}
