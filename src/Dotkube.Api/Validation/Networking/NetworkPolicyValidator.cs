using Dotkube.Api.Networking.V1;

namespace Dotkube.Api.Validation.Networking;

/// <summary>Upstream ValidateNetworkPolicy / ValidateNetworkPolicyUpdate (pkg/apis/networking/validation).</summary>
public sealed class NetworkPolicyValidator : ObjectValidator<NetworkPolicy>
{
    private static readonly string[] PolicyTypes = [PolicyType.Ingress, PolicyType.Egress];

    protected override void ValidateCreate(NetworkPolicy obj, List<FieldError> errors)
    {
        var spec = obj.Spec;
        LabelValidation.ValidateLabelSelector(spec.PodSelector, Spec.Child("podSelector"), errors);
        var ingress = spec.Ingress ?? [];
        for (var i = 0; i < ingress.Count; i++)
        {
            ValidateRule(ingress[i].Ports, ingress[i].From, "from", Spec.Child("ingress").Index(i), errors);
        }

        var egress = spec.Egress ?? [];
        for (var i = 0; i < egress.Count; i++)
        {
            ValidateRule(egress[i].Ports, egress[i].To, "to", Spec.Child("egress").Index(i), errors);
        }

        var types = spec.PolicyTypes ?? [];
        if (types.Count > PolicyTypes.Length)
        {
            errors.Add(FieldError.Invalid(Spec.Child("policyTypes"), types, "may not specify more than two policyTypes"));
            return;
        }

        for (var i = 0; i < types.Count; i++)
        {
            if (!PolicyTypes.Contains(types[i]))
            {
                errors.Add(FieldError.NotSupported(Spec.Child("policyTypes").Index(i), types[i], PolicyTypes));
            }
        }
    }

    private static void ValidateRule(List<NetworkPolicyPort>? ports, List<NetworkPolicyPeer>? peers, string peersField, FieldPath path, List<FieldError> errors)
    {
        for (var i = 0; i < (ports?.Count ?? 0); i++)
        {
            NetworkPolicyPeerValidation.ValidatePort(ports![i], path.Child("ports").Index(i), errors);
        }

        for (var i = 0; i < (peers?.Count ?? 0); i++)
        {
            NetworkPolicyPeerValidation.ValidatePeer(peers![i], path.Child(peersField).Index(i), errors);
        }
    }
}
