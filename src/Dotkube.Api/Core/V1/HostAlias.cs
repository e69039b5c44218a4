namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 HostAlias: an /etc/hosts entry injected into the pod.</summary>
public sealed class HostAlias
{
    public string IP { get; set; } = "";

    public List<string>? Hostnames { get; set; }
}
