using System.Globalization;
using Dotkube.Api.Scheduling.V1;

namespace Dotkube.Api.Validation.Scheduling;

/// <summary>Upstream ValidatePriorityClass / ValidatePriorityClassUpdate (pkg/apis/scheduling/validation).</summary>
public sealed class PriorityClassValidator : ObjectValidator<PriorityClass>
{
    private const string PreemptLowerPriority = "PreemptLowerPriority";
    private const string PreemptNever = "Never";

    private static readonly (string Name, int Value)[] SystemClasses =
    [
        (SystemPriorityClasses.SystemNodeCritical, SystemPriorityClasses.SystemNodeCriticalValue),
        (SystemPriorityClasses.SystemClusterCritical, SystemPriorityClasses.SystemClusterCriticalValue),
    ];

    protected override void ValidateCreate(PriorityClass obj, List<FieldError> errors)
    {
        var name = obj.Metadata.Name ?? "";
        if (name.StartsWith(SystemPriorityClasses.SystemPriorityClassPrefix, StringComparison.Ordinal))
        {
            if (SystemClassError(name, obj.Value, obj.GlobalDefault == true) is { } error)
            {
                errors.Add(FieldError.Forbidden(Metadata.Child("name"),
                    $"priority class names with '{SystemPriorityClasses.SystemPriorityClassPrefix}' prefix are reserved for system use only. error: {error}"));
            }
        }
        else if (obj.Value > SystemPriorityClasses.HighestUserDefinablePriority)
        {
            errors.Add(FieldError.Forbidden(FieldPath.Root("value"), string.Create(CultureInfo.InvariantCulture,
                $"maximum allowed value of a user defined priority is {SystemPriorityClasses.HighestUserDefinablePriority}")));
        }

        // Upstream ValidatePreemptionPolicy; unset is defaulted to PreemptLowerPriority.
        switch (obj.PreemptionPolicy)
        {
            case null or PreemptLowerPriority or PreemptNever:
                break;
            case "":
                errors.Add(FieldError.Required(FieldPath.Root("preemptionPolicy")));
                break;
            default:
                errors.Add(FieldError.NotSupported(FieldPath.Root("preemptionPolicy"), obj.PreemptionPolicy, [PreemptLowerPriority, PreemptNever]));
                break;
        }
    }

    /// <summary>Value and preemptionPolicy are immutable; upstream checks nothing else on update.</summary>
    protected override void ValidateUpdate(PriorityClass obj, PriorityClass old, List<FieldError> errors)
    {
        if (obj.Value != old.Value)
        {
            errors.Add(FieldError.Forbidden(FieldPath.Root("value"), "may not be changed in an update."));
        }

        ObjectMetaValidation.Immutable(obj.PreemptionPolicy ?? PreemptLowerPriority, old.PreemptionPolicy ?? PreemptLowerPriority,
            FieldPath.Root("preemptionPolicy"), errors);
    }

    /// <summary>Upstream IsKnownSystemPriorityClass; system classes are never the global default.</summary>
    private static string? SystemClassError(string name, int value, bool globalDefault)
    {
        foreach (var (systemName, systemValue) in SystemClasses)
        {
            if (systemName != name)
            {
                continue;
            }

            return value != systemValue ? string.Create(CultureInfo.InvariantCulture, $"value of {name} PriorityClass must be {systemValue}")
                : globalDefault ? $"globalDefault of {name} PriorityClass must be false"
                : null;
        }

        return $"{name} is not a known system priority class";
    }
}
