namespace Dotkube.Api.Networking.V1;

/// <summary>Values of NetworkPolicySpec.policyTypes.</summary>
public static class PolicyType
{
    public const string Ingress = "Ingress";

    public const string Egress = "Egress";
}
