namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 HostIP: one address of the pod's node; ip is required.</summary>
public sealed class HostIP
{
    public string IP { get; set; } = "";
}
