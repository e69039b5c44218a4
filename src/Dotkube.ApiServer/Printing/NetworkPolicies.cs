using Dotkube.Api.Networking.V1;

namespace Dotkube.ApiServer.Printing;

/// <summary>printNetworkPolicy: NAME POD-SELECTOR AGE.</summary>
internal static class NetworkPolicies
{
    public static TablePrinter Printer { get; } = TablePrinter.For<NetworkPolicy>(
        [Column.Name(), Column.String("Pod-Selector", SwaggerDocs.NetworkPolicySpecPodSelector), Column.Age()],
        (policy, row) => row
            .Add(policy.Metadata.Name)
            .Add(Format.LabelSelector(policy.Spec.PodSelector))
            .Age(policy.Metadata.CreationTimestamp));
}
