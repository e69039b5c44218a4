using Dotkube.Api.Apps.V1;

namespace Dotkube.Api.Validation.Apps;

/// <summary>StatefulSet updateStrategy and persistentVolumeClaimRetentionPolicy, as upstream.</summary>
public static class StatefulSetStrategyValidation
{
    /// <summary>An unset type is defaulted to RollingUpdate with partition 0.</summary>
    public static void Validate(StatefulSetUpdateStrategy strategy, FieldPath path, List<FieldError> errors)
    {
        switch (strategy.Type)
        {
            case "":
                errors.Add(FieldError.Required(path));
                break;
            case StatefulSetUpdateStrategyType.OnDelete:
                if (strategy.RollingUpdate is { } misplaced)
                {
                    errors.Add(FieldError.Invalid(path.Child("rollingUpdate"), RollingUpdateValue(misplaced), "only allowed for updateStrategy 'RollingUpdate'"));
                }

                break;
            case StatefulSetUpdateStrategyType.RollingUpdate or null:
                if (strategy.RollingUpdate is { } rolling)
                {
                    ValidateRollingUpdate(rolling, path.Child("rollingUpdate"), errors);
                }

                break;
            default:
                var value = GoSyntax.Struct("apps.StatefulSetUpdateStrategy",
                    ("Type", GoSyntax.Quote(strategy.Type)),
                    ("RollingUpdate", GoSyntax.Pointer("apps.RollingUpdateStatefulSetStrategy", strategy.RollingUpdate)));
                errors.Add(FieldError.Invalid(path, value, "must be 'RollingUpdate' or 'OnDelete'"));
                break;
        }
    }

    /// <summary>Both fields default to Retain; a set value must be Retain or Delete.</summary>
    public static void ValidateRetentionPolicy(StatefulSetPersistentVolumeClaimRetentionPolicy? policy, FieldPath path, List<FieldError> errors)
    {
        if (policy is null)
        {
            return;
        }

        ValidateRetentionType(policy.WhenDeleted, path.Child("whenDeleted"), errors);
        ValidateRetentionType(policy.WhenScaled, path.Child("whenScaled"), errors);
    }

    private static void ValidateRetentionType(string? value, FieldPath path, List<FieldError> errors)
    {
        if (value is not (null or PersistentVolumeClaimRetentionPolicyType.Retain or PersistentVolumeClaimRetentionPolicyType.Delete))
        {
            errors.Add(FieldError.NotSupported(path, value,
                [PersistentVolumeClaimRetentionPolicyType.Retain, PersistentVolumeClaimRetentionPolicyType.Delete]));
        }
    }

    private static void ValidateRollingUpdate(RollingUpdateStatefulSetStrategy rolling, FieldPath path, List<FieldError> errors)
    {
        WorkloadValidation.NonNegative(rolling.Partition, path.Child("partition"), errors);
        if (rolling.MaxUnavailable is { } maxUnavailable)
        {
            var at = path.Child("maxUnavailable");
            IntOrPercentValidation.ValidatePositiveIntOrPercent(maxUnavailable, at, errors);
            if (IntOrPercentValidation.GetIntOrPercentValue(maxUnavailable) == 0)
            {
                errors.Add(FieldError.Invalid(at, GoSyntax.Of(maxUnavailable), "cannot be 0"));
            }

            IntOrPercentValidation.IsNotMoreThan100Percent(maxUnavailable, at, errors);
        }
    }

    private static GoSyntax RollingUpdateValue(RollingUpdateStatefulSetStrategy rolling) =>
        GoSyntax.Struct("apps.RollingUpdateStatefulSetStrategy",
            ("Partition", (rolling.Partition ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("MaxUnavailable", GoSyntax.Pointer("intstr.IntOrString", rolling.MaxUnavailable)));
}
