namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 ContainerImage: an image present on a node.</summary>
public sealed class ContainerImage
{
    /// <summary>No omitempty upstream, so always written.</summary>
    public List<string> Names { get; set => field = value ?? []; } = [];

    public long? SizeBytes { get; set; }
}
