using Dotkube.Api.Core.V1;
using Dotkube.Api.Networking.V1;

namespace Dotkube.Api.Defaulting;

/// <summary>Defaults for networking.k8s.io/v1, as upstream pkg/apis/networking/v1/defaults.go. Ingress has none.</summary>
internal static class NetworkingV1Defaults
{
    public static void SetObjectDefaults_NetworkPolicy(NetworkPolicy policy)
    {
        SetDefaults_NetworkPolicy(policy);
        foreach (var rule in policy.Spec.Ingress ?? [])
        {
            rule.Ports?.ForEach(SetDefaults_NetworkPolicyPort);
        }

        foreach (var rule in policy.Spec.Egress ?? [])
        {
            rule.Ports?.ForEach(SetDefaults_NetworkPolicyPort);
        }
    }

    /// <summary>As upstream SetDefaults_NetworkPolicy: no policyTypes means Ingress, plus Egress when egress rules exist.</summary>
    public static void SetDefaults_NetworkPolicy(NetworkPolicy policy)
    {
        if (policy.Spec.PolicyTypes is { Count: > 0 })
        {
            return;
        }

        policy.Spec.PolicyTypes = [PolicyType.Ingress];
        if (policy.Spec.Egress is { Count: > 0 })
        {
            policy.Spec.PolicyTypes.Add(PolicyType.Egress);
        }
    }

    /// <summary>As upstream SetDefaults_NetworkPolicyPort (a pointer upstream, so "" is kept).</summary>
    public static void SetDefaults_NetworkPolicyPort(NetworkPolicyPort port) => port.Protocol ??= Protocol.TCP;

    /// <summary>As upstream SetDefaults_IngressClass: parameters without a scope are cluster-scoped.</summary>
    public static void SetDefaults_IngressClass(IngressClass ingressClass)
    {
        if (ingressClass.Spec.Parameters is { } parameters)
        {
            parameters.Scope ??= "Cluster";
        }
    }
}
