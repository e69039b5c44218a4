namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 NodeAddress.</summary>
public sealed class NodeAddress
{
    /// <summary>A <see cref="NodeAddressType"/> value.</summary>
    public string Type { get; set; } = "";

    public string Address { get; set; } = "";
}
