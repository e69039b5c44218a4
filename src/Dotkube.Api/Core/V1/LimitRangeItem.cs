using Dotkube.Api.Values;

namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 LimitRangeItem: limits for one kind of object.</summary>
public sealed class LimitRangeItem
{
    /// <summary>A <see cref="LimitType"/> value.</summary>
    public string Type { get; set; } = "";

    public Dictionary<string, Quantity>? Max { get; set; }

    public Dictionary<string, Quantity>? Min { get; set; }

    /// <summary>The limit given to containers that set none.</summary>
    public Dictionary<string, Quantity>? Default { get; set; }

    /// <summary>The request given to containers that set none.</summary>
    public Dictionary<string, Quantity>? DefaultRequest { get; set; }

    /// <summary>The largest allowed limit/request ratio per resource.</summary>
    public Dictionary<string, Quantity>? MaxLimitRequestRatio { get; set; }
}
