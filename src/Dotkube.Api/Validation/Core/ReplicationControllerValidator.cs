using Dotkube.Api.Core.V1;

namespace Dotkube.Api.Validation.Core;

/// <summary>Upstream ValidateReplicationController(Spec) and ValidatePodTemplateSpecForRC.</summary>
public sealed class ReplicationControllerValidator : ObjectValidator<ReplicationController>
{
    protected override void ValidateCreate(ReplicationController obj, List<FieldError> errors)
    {
        var spec = obj.Spec;
        ProbeValidation.NonNegative(spec.MinReadySeconds ?? 0, Spec.Child("minReadySeconds"), errors);

        // An empty selector is defaulted to the template's labels upstream.
        var selector = spec.Selector is { Count: > 0 } ? spec.Selector : spec.Template?.Metadata.Labels;
        if (selector is not { Count: > 0 })
        {
            errors.Add(FieldError.Required(Spec.Child("selector")));
        }
        else
        {
            LabelValidation.ValidateLabels(selector, Spec.Child("selector"), errors);
        }

        ProbeValidation.NonNegative(spec.Replicas ?? 1, Spec.Child("replicas"), errors);
        ValidateTemplate(spec.Template, selector, Spec.Child("template"), errors);
    }

    private static void ValidateTemplate(PodTemplateSpec? template, Dictionary<string, string>? selector, FieldPath path, List<FieldError> errors)
    {
        if (template is null)
        {
            errors.Add(FieldError.Required(path));
            return;
        }

        var labels = template.Metadata.Labels ?? [];
        if (selector is { Count: > 0 } && !selector.All(e => labels.TryGetValue(e.Key, out var v) && v == e.Value))
        {
            errors.Add(FieldError.Invalid(path.Child("metadata", "labels"), labels, "`selector` does not match template `labels`"));
        }

        PodTemplateValidation.ValidateTemplate(template, path, errors);
        var restartPolicy = string.IsNullOrEmpty(template.Spec.RestartPolicy) ? RestartPolicy.Always : template.Spec.RestartPolicy;
        if (restartPolicy != RestartPolicy.Always)
        {
            errors.Add(FieldError.NotSupported(path.Child("spec", "restartPolicy"), restartPolicy, [RestartPolicy.Always]));
        }

        if (template.Spec.ActiveDeadlineSeconds is { } deadline)
        {
            errors.Add(FieldError.Invalid(path.Child("spec", "activeDeadlineSeconds"), deadline, "activeDeadlineSeconds in ReplicationController is not Supported"));
        }
    }
}
