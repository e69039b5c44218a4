using System.Text.Json.Serialization;
using Dotkube.Api.Serialization;

namespace Dotkube.Api.Coordination.V1;

/// <summary>coordination/v1 LeaseSpec. Times are MicroTime: holders renew more often than once a second.</summary>
public sealed class LeaseSpec
{
    public string? HolderIdentity { get; set; }

    /// <summary>How long candidates wait after the last observed renewTime before taking the lease over.</summary>
    public int? LeaseDurationSeconds { get; set; }

    [JsonConverter(typeof(MicroTimeConverter))]
    public DateTimeOffset? AcquireTime { get; set; }

    [JsonConverter(typeof(MicroTimeConverter))]
    public DateTimeOffset? RenewTime { get; set; }

    public int? LeaseTransitions { get; set; }

    /// <summary>Coordinated leader election (alpha in v1.32); see <see cref="CoordinatedLeaseStrategy"/>.</summary>
    public string? Strategy { get; set; }

    /// <summary>Asks the holder to give the lease up; only meaningful when <see cref="Strategy"/> is set.</summary>
    public string? PreferredHolder { get; set; }
}
