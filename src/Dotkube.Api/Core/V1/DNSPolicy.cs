namespace Dotkube.Api.Core.V1;

/// <summary>Pod DNS policies (spec.dnsPolicy); ClusterFirst falls back to Default for hostNetwork pods.</summary>
public static class DNSPolicy
{
    public const string ClusterFirstWithHostNet = "ClusterFirstWithHostNet";
    public const string ClusterFirst = "ClusterFirst";
    public const string Default = "Default";
    public const string None = "None";
}
