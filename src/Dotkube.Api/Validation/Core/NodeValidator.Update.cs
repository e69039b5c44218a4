using Dotkube.Api.Core.V1;

using Dotkube.Api.Values;

namespace Dotkube.Api.Validation.Core;

public sealed partial class NodeValidator
{
    private const string PodCIDRChange = "node updates may not change podCIDR except from \"\" to valid";
    private const string ProviderIDChange = "node updates may not change providerID except from \"\" to valid";

    /// <summary>Upstream ValidateNode on the new object, then ValidateNodeUpdate.</summary>
    protected override void ValidateUpdate(Node obj, Node old, List<FieldError> errors)
    {
        ValidateCreate(obj, errors);
        ValidateResources(obj.Status, errors);
        ValidateUniqueAddresses(obj.Status.Addresses, errors);

        // The controller manager may assign CIDRs once; after that they are fixed.
        var oldCIDRs = EffectivePodCIDRs(old.Spec);
        var cidrs = EffectivePodCIDRs(obj.Spec);
        if (oldCIDRs.Count > 0)
        {
            if (oldCIDRs.Count != cidrs.Count)
            {
                errors.Add(FieldError.Forbidden(PodCIDRs, PodCIDRChange));
            }
            else
            {
                // One error per changed entry, as upstream.
                errors.AddRange(oldCIDRs.Where((value, i) => value != cidrs[i]).Select(_ => FieldError.Forbidden(PodCIDRs, PodCIDRChange)));
            }
        }

        var oldProvider = old.Spec.ProviderID ?? "";
        if (oldProvider.Length > 0 && oldProvider != (obj.Spec.ProviderID ?? ""))
        {
            errors.Add(FieldError.Forbidden(Spec.Child("providerID"), ProviderIDChange));
        }

        if (obj.Spec.Taints is { Count: > 0 } taints)
        {
            ValidateTaints(taints, errors);
        }

        if ((obj.Spec.ExternalID ?? "") != (old.Spec.ExternalID ?? ""))
        {
            errors.Add(FieldError.Forbidden(Spec.Child("externalID"), "may not be updated"));
        }
    }

    private static void ValidateUniqueAddresses(List<NodeAddress>? addresses, List<FieldError> errors)
    {
        var seen = new HashSet<(string Type, string Address)>();
        for (var i = 0; i < (addresses?.Count ?? 0); i++)
        {
            var address = addresses![i];
            if (!seen.Add((address.Type, address.Address)))
            {
                errors.Add(FieldError.Duplicate(FieldPath.Root("status", "addresses").Index(i),
                    GoSyntax.Raw($"core.NodeAddress{{Type:{GoStrings.Quote(address.Type)}, Address:{GoStrings.Quote(address.Address)}}}")));
            }
        }
    }
}
