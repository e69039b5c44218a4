using Dotkube.Api.Meta;

namespace Dotkube.ApiServer.Discovery;

/// <summary>
/// One group in aggregated discovery. The group name is <c>metadata.name</c> ("" and so absent
/// for the core group); upstream's non-pointer ObjectMeta makes every entry carry
/// <c>"creationTimestamp":null</c>, which <see cref="ObjectMeta"/> reproduces.
/// </summary>
public sealed class APIGroupDiscovery
{
    public ObjectMeta Metadata { get; set => field = value ?? new(); } = new();

    /// <summary>Preferred version first, as upstream orders them by version priority.</summary>
    public List<APIVersionDiscovery>? Versions { get; set; }
}
