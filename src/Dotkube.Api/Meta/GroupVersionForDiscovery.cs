namespace Dotkube.Api.Meta;

/// <summary>"apps/v1" with its version "v1".</summary>
public sealed class GroupVersionForDiscovery
{
    public string GroupVersion { get; set; } = "";

    public string Version { get; set; } = "";
}
