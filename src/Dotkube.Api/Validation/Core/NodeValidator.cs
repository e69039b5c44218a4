using System.Globalization;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Naming;

using Dotkube.Api.Values;

namespace Dotkube.Api.Validation.Core;

/// <summary>
/// Upstream ValidateNode and, on update, ValidateNode followed by ValidateNodeUpdate (as the node
/// strategy runs both, so taint and resource errors can appear twice, as upstream).
/// </summary>
public sealed partial class NodeValidator : ObjectValidator<Node>
{
    // Upstream reports taints under metadata, not spec.
    private static readonly FieldPath Taints = Metadata.Child("taints");

    private static readonly FieldPath PodCIDRs = Spec.Child("podCIDRs");

    protected override void ValidateCreate(Node obj, List<FieldError> errors)
    {
        if (obj.Spec.Taints is { Count: > 0 } taints)
        {
            ValidateTaints(taints, errors);
        }

        ValidateResources(obj.Status, errors);
        ValidatePodCIDRs(EffectivePodCIDRs(obj.Spec), errors);
    }

    /// <summary>Upstream validateNodeTaints: qualified keys, label values, a set effect, unique key and effect.</summary>
    private static void ValidateTaints(List<Taint> taints, List<FieldError> errors)
    {
        var seen = new HashSet<(string Key, string Effect)>();
        for (var i = 0; i < taints.Count; i++)
        {
            var taint = taints[i];
            var at = Taints.Index(i);
            foreach (var message in NameValidation.IsQualifiedName(taint.Key))
            {
                errors.Add(FieldError.Invalid(at.Child("key"), taint.Key, message));
            }

            var value = taint.Value ?? "";
            var valueMessages = NameValidation.IsValidLabelValue(value);
            if (valueMessages.Count > 0)
            {
                errors.Add(FieldError.Invalid(at.Child("value"), value, string.Join(";", valueMessages)));
            }

            SchedulingValidation.ValidateTaintEffect(taint.Effect, at.Child("effect"), errors);
            if (!seen.Add((taint.Key, taint.Effect)))
            {
                // FieldError.Duplicate has no detail, so upstream's detail rides on the printed value.
                errors.Add(FieldError.Duplicate(at, GoSyntax.Raw(TaintLiteral(taint) + ": taints must be unique by key and effect pair")));
            }
        }
    }

    /// <summary>Upstream ValidateNodeResources: capacity and allocatable quantities, under dotted paths.</summary>
    private static void ValidateResources(NodeStatus status, List<FieldError> errors)
    {
        foreach (var (name, quantity) in status.Capacity ?? [])
        {
            ResourceValidation.ValidateQuantity(name, quantity, FieldPath.Root("status", "capacity", name), errors);
        }

        foreach (var (name, quantity) in status.Allocatable ?? [])
        {
            ResourceValidation.ValidateQuantity(name, quantity, FieldPath.Root("status", "allocatable", name), errors);
        }
    }

    /// <summary>Valid CIDRs; more than one must be dual-stack (one per family) and distinct.</summary>
    private static void ValidatePodCIDRs(List<string> cidrs, List<FieldError> errors)
    {
        for (var i = 0; i < cidrs.Count; i++)
        {
            foreach (var message in IPValidation.IsValidCIDR(cidrs[i]))
            {
                errors.Add(FieldError.Invalid(PodCIDRs.Index(i), cidrs[i], message));
            }
        }

        if (cidrs.Count <= 1)
        {
            return;
        }

        if (cidrs.FirstOrDefault(c => !IPValidation.IsCIDR(c)) is { } bad)
        {
            errors.Add(FieldError.Internal(PodCIDRs,
                $"invalid PodCIDRs. failed to check with dual stack with error:failed to parse cidr value:\"{bad}\" with error:invalid CIDR address: {bad}"));
        }

        var families = cidrs.Where(IPValidation.IsCIDR).Select(IsIPv4Cidr).ToHashSet();
        if (families.Count < 2 || cidrs.Count > 2 || cidrs.Any(c => !IPValidation.IsCIDR(c)))
        {
            errors.Add(FieldError.Invalid(PodCIDRs, cidrs, "may specify no more than one CIDR for each IP family"));
        }

        var distinct = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < cidrs.Count; i++)
        {
            if (!distinct.Add(cidrs[i]))
            {
                errors.Add(FieldError.Duplicate(PodCIDRs.Index(i), cidrs[i]));
            }
        }
    }

    /// <summary>As the v1 conversion: podCIDRs, or the single podCIDR when podCIDRs is empty.</summary>
    private static List<string> EffectivePodCIDRs(NodeSpec spec) =>
        spec.PodCIDRs is { Count: > 0 } list ? list : string.IsNullOrEmpty(spec.PodCIDR) ? [] : [spec.PodCIDR];

    private static bool IsIPv4Cidr(string cidr) => IPValidation.ParseIP(cidr[..cidr.IndexOf('/', StringComparison.Ordinal)]) is { Length: 4 };

    /// <summary>
    /// Go's %#v of a core.Taint, as upstream's duplicate error prints it: a nil timeAdded shows
    /// as "&lt;nil&gt;", a set one through time.Time's GoString (decoded times are in time.Local).
    /// </summary>
    private static string TaintLiteral(Taint taint)
    {
        var added = taint.TimeAdded is not { } time
            ? "<nil>"
            : string.Create(CultureInfo.InvariantCulture,
                $"time.Date({time.UtcDateTime.Year}, time.{time.UtcDateTime:MMMM}, {time.UtcDateTime.Day}, {time.UtcDateTime.Hour}, {time.UtcDateTime.Minute}, {time.UtcDateTime.Second}, 0, time.Local)");
        var quote = GoStrings.Quote;
        return $"core.Taint{{Key:{quote(taint.Key)}, Value:{quote(taint.Value ?? "")}, Effect:{quote(taint.Effect)}, TimeAdded:{added}}}";
    }
}
