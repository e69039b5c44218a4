using Dotkube.Api.Meta;

namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 ClusterTrustBundleProjection: selects bundles by name, or by signer name plus labels.</summary>
public sealed class ClusterTrustBundleProjection
{
    public string? Name { get; set; }

    public string? SignerName { get; set; }

    public LabelSelector? LabelSelector { get; set; }

    public bool? Optional { get; set; }

    public string Path { get; set; } = "";
}
