using Dotkube.Api.Autoscaling.V2;

namespace Dotkube.Api.Validation.Autoscaling;

/// <summary>Upstream validateMetricSpec: a known type, its source set, and no other source.</summary>
public static class MetricSpecValidation
{
    // sets.List order, as upstream prints them.
    private static readonly string[] SourceTypes =
        [MetricSourceType.ContainerResource, MetricSourceType.External, MetricSourceType.Object, MetricSourceType.Pods, MetricSourceType.Resource];

    public static void Validate(MetricSpec spec, FieldPath path, List<FieldError> errors)
    {
        if (spec.Type.Length == 0)
        {
            errors.Add(FieldError.Required(path.Child("type"), "must specify a metric source type"));
        }

        if (!SourceTypes.Contains(spec.Type))
        {
            errors.Add(FieldError.NotSupported(path.Child("type"), spec.Type, SourceTypes));
        }

        // Only the first source present (in upstream's order) is validated in depth.
        var present = new List<string>();
        if (spec.Object is { } obj && Present(present, "object"))
        {
            MetricSourceValidation.ValidateObject(obj, path.Child("object"), errors);
        }

        if (spec.External is { } external && Present(present, "external"))
        {
            MetricSourceValidation.ValidateExternal(external, path.Child("external"), errors);
        }

        if (spec.Pods is { } pods && Present(present, "pods"))
        {
            MetricSourceValidation.ValidatePods(pods, path.Child("pods"), errors);
        }

        if (spec.Resource is { } resource && Present(present, "resource"))
        {
            MetricSourceValidation.ValidateResource(resource, path.Child("resource"), errors);
        }

        if (spec.ContainerResource is { } container && Present(present, "containerResource"))
        {
            MetricSourceValidation.ValidateContainerResource(container, path.Child("containerResource"), errors);
        }

        var expected = ExpectedSource(spec, path, errors);
        if (present.Count != 1)
        {
            foreach (var other in present.Where(p => p != expected))
            {
                errors.Add(FieldError.Forbidden(path.Child(other), "must populate the given metric source only"));
            }
        }
    }

    private static bool Present(List<string> present, string source)
    {
        present.Add(source);
        return present.Count == 1;
    }

    private static string? ExpectedSource(MetricSpec spec, FieldPath path, List<FieldError> errors)
    {
        var (field, set) = spec.Type switch
        {
            MetricSourceType.Object => ("object", spec.Object is not null),
            MetricSourceType.Pods => ("pods", spec.Pods is not null),
            MetricSourceType.Resource => ("resource", spec.Resource is not null),
            MetricSourceType.External => ("external", spec.External is not null),
            MetricSourceType.ContainerResource => ("containerResource", spec.ContainerResource is not null),
            _ => ((string?)null, true),
        };
        if (field is null)
        {
            // Upstream reports an unknown type twice: once above, once in this switch.
            errors.Add(FieldError.NotSupported(path.Child("type"), spec.Type, SourceTypes));
        }
        else if (!set)
        {
            errors.Add(FieldError.Required(path.Child(field), "must populate information for the given metric source"));
        }

        return field;
    }
}
