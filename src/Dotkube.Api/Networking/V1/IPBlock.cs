namespace Dotkube.Api.Networking.V1;

/// <summary>networking/v1 IPBlock: a CIDR minus the CIDRs in except, which must lie inside it.</summary>
public sealed class IPBlock
{
    public string Cidr { get; set; } = "";

    public List<string>? Except { get; set; }
}
