namespace Dotkube.ApiServer.Discovery;

/// <summary>
/// metav1.GroupVersionKind as discovery writes it: all three fields always present, group and
/// version "" unless the kind lives in another group version (Scale, Eviction, TokenRequest).
/// </summary>
public sealed class DiscoveryGroupVersionKind
{
    public string Group { get; set; } = "";

    public string Version { get; set; } = "";

    public string Kind { get; set; } = "";
}
