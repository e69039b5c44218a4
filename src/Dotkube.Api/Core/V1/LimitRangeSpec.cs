namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 LimitRangeSpec.</summary>
public sealed class LimitRangeSpec
{
    /// <summary>Required upstream, so always written.</summary>
    public List<LimitRangeItem> Limits { get; set => field = value ?? []; } = [];
}
