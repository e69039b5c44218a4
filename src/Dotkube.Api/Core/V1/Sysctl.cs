namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 Sysctl: a namespaced kernel parameter set for the pod.</summary>
public sealed class Sysctl
{
    public string Name { get; set; } = "";

    public string Value { get; set; } = "";
}
