using Dotkube.Api.Core.V1;

namespace Dotkube.Api.Validation.Core;

/// <summary>
/// Upstream ValidatePodTemplateSpec: template labels and annotations, then the pod spec. Shared
/// by every workload kind that embeds a pod template.
/// </summary>
public static class PodTemplateValidation
{
    public static void ValidateTemplate(PodTemplateSpec template, FieldPath path, List<FieldError> errors)
    {
        // Upstream's paths here leave out "metadata": spec.template.labels, not spec.template.metadata.labels.
        LabelValidation.ValidateLabels(template.Metadata.Labels, path.Child("labels"), errors);
        ObjectMetaValidation.ValidateAnnotations(template.Metadata.Annotations, path.Child("annotations"), errors);
        PodSpecValidation.Validate(template.Spec, path.Child("spec"), errors);
        if (template.Spec.EphemeralContainers is { Count: > 0 })
        {
            errors.Add(FieldError.Forbidden(path.Child("spec", "ephemeralContainers"), "ephemeral containers not allowed in pod template"));
        }
    }
}
