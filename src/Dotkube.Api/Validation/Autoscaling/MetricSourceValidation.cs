using Dotkube.Api.Autoscaling.V2;
using Dotkube.Api.Naming;

namespace Dotkube.Api.Validation.Autoscaling;

/// <summary>Upstream's per-source metric checks (validateObjectSource ... validateMetricTarget).</summary>
public static class MetricSourceValidation
{
    private const string TargetRequired = "must set either a target raw value or a target utilization";
    private const string TargetBoth = "may not set both a target raw value and a target utilization";

    public static void ValidateObject(ObjectMetricSource source, FieldPath path, List<FieldError> errors)
    {
        ScaleTargetValidation.ValidateReference(source.DescribedObject.Kind, source.DescribedObject.Name, path.Child("describedObject"), errors);
        ValidateIdentifier(source.Metric, path.Child("metric"), errors);
        ValidateTarget(source.Target, path.Child("target"), errors);
        if (source.Target.Value is null && source.Target.AverageValue is null)
        {
            errors.Add(FieldError.Required(path.Child("target", "averageValue"), "must set either a target value or averageValue"));
        }
    }

    public static void ValidateExternal(ExternalMetricSource source, FieldPath path, List<FieldError> errors)
    {
        ValidateIdentifier(source.Metric, path.Child("metric"), errors);
        ValidateTarget(source.Target, path.Child("target"), errors);
        if (source.Target.Value is null && source.Target.AverageValue is null)
        {
            errors.Add(FieldError.Required(path.Child("target", "averageValue"), "must set either a target value for metric or a per-pod target"));
        }

        if (source.Target.Value is not null && source.Target.AverageValue is not null)
        {
            errors.Add(FieldError.Forbidden(path.Child("target", "value"), "may not set both a target value for metric and a per-pod target"));
        }
    }

    public static void ValidatePods(PodsMetricSource source, FieldPath path, List<FieldError> errors)
    {
        ValidateIdentifier(source.Metric, path.Child("metric"), errors);
        ValidateTarget(source.Target, path.Child("target"), errors);
        if (source.Target.AverageValue is null)
        {
            errors.Add(FieldError.Required(path.Child("target", "averageValue"), "must specify a positive target averageValue"));
        }
    }

    public static void ValidateResource(ResourceMetricSource source, FieldPath path, List<FieldError> errors)
    {
        if (source.Name.Length == 0)
        {
            errors.Add(FieldError.Required(path.Child("name"), "must specify a resource name"));
        }

        ValidateTarget(source.Target, path.Child("target"), errors);
        ValidateUtilizationOrValue(source.Target, path.Child("target"), errors);
    }

    public static void ValidateContainerResource(ContainerResourceMetricSource source, FieldPath path, List<FieldError> errors)
    {
        if (source.Name.Length == 0)
        {
            errors.Add(FieldError.Required(path.Child("name"), "must specify a resource name"));
        }
        else
        {
            ValidateContainerResourceName(source.Name, path.Child("name"), errors);
        }

        if (source.Container.Length == 0)
        {
            errors.Add(FieldError.Required(path.Child("container"), "must specify a container"));
        }
        else
        {
            foreach (var message in NameValidation.IsDNS1123Label(source.Container))
            {
                errors.Add(FieldError.Invalid(path.Child("container"), source.Container, message));
            }
        }

        ValidateTarget(source.Target, path.Child("target"), errors);
        ValidateUtilizationOrValue(source.Target, path.Child("target"), errors);
    }

    private static void ValidateUtilizationOrValue(MetricTarget target, FieldPath path, List<FieldError> errors)
    {
        if (target.AverageUtilization is null && target.AverageValue is null)
        {
            errors.Add(FieldError.Required(path.Child("averageUtilization"), TargetRequired));
        }

        if (target.AverageUtilization is not null && target.AverageValue is not null)
        {
            errors.Add(FieldError.Forbidden(path.Child("averageValue"), TargetBoth));
        }
    }

    private static void ValidateTarget(MetricTarget target, FieldPath path, List<FieldError> errors)
    {
        if (target.Type.Length == 0)
        {
            errors.Add(FieldError.Required(path.Child("type"), "must specify a metric target type"));
        }

        if (target.Type is not (MetricTargetType.Utilization or MetricTargetType.Value or MetricTargetType.AverageValue))
        {
            errors.Add(FieldError.Invalid(path.Child("type"), target.Type, "must be either Utilization, Value, or AverageValue"));
        }

        if (target.Value is { } value && value.Sign != 1)
        {
            errors.Add(FieldError.Invalid(path.Child("value"), value, "must be positive"));
        }

        if (target.AverageValue is { } average && average.Sign != 1)
        {
            errors.Add(FieldError.Invalid(path.Child("averageValue"), average, "must be positive"));
        }

        if (target.AverageUtilization is < 1)
        {
            errors.Add(FieldError.Invalid(path.Child("averageUtilization"), target.AverageUtilization.Value, "must be greater than 0"));
        }
    }

    private static void ValidateIdentifier(MetricIdentifier identifier, FieldPath path, List<FieldError> errors) =>
        ScaleTargetValidation.ValidatePathSegment(identifier.Name, path.Child("name"), "must specify a metric name", errors);

    /// <summary>Upstream ValidateContainerResourceName: a qualified name; unprefixed names must be standard container resources.</summary>
    private static void ValidateContainerResourceName(string name, FieldPath path, List<FieldError> errors)
    {
        foreach (var message in NameValidation.IsQualifiedName(name))
        {
            errors.Add(FieldError.Invalid(path, name, message));
        }

        var standard = name is "cpu" or "memory" or "ephemeral-storage" || name.StartsWith("hugepages-", StringComparison.Ordinal);
        if (!name.Contains('/', StringComparison.Ordinal) && !standard)
        {
            errors.Add(FieldError.Invalid(path, name, "must be a standard resource for containers"));
        }
    }
}
