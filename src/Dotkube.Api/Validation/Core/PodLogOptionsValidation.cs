using Dotkube.Api.Core.V1;

namespace Dotkube.Api.Validation.Core;

/// <summary>Upstream's ValidatePodLogOptions, run by the API server on pods/log and by the kubelet on containerLogs.</summary>
public static class PodLogOptionsValidation
{
    public static IReadOnlyList<FieldError> Validate(PodLogOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<FieldError>();
        if (options.TailLines is < 0)
            errors.Add(FieldError.Invalid(FieldPath.Root("tailLines"), options.TailLines.Value, "must be greater than or equal to 0"));
        if (options.LimitBytes is < 1)
            errors.Add(FieldError.Invalid(FieldPath.Root("limitBytes"), options.LimitBytes.Value, "must be greater than 0"));
        if (options.SinceSeconds is not null && options.SinceTime is not null)
            errors.Add(FieldError.Forbidden(FieldPath.Root(""), "at most one of `sinceTime` or `sinceSeconds` may be specified"));
        else if (options.SinceSeconds is < 1)
            errors.Add(FieldError.Invalid(FieldPath.Root("sinceSeconds"), options.SinceSeconds.Value, "must be greater than 0"));
        return errors;
    }
}
