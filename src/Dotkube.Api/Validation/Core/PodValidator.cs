using Dotkube.Api.Core.V1;

namespace Dotkube.Api.Validation.Core;

/// <summary>Upstream ValidatePodCreate and ValidatePodUpdate.</summary>
public sealed partial class PodValidator : ObjectValidator<Pod>
{
    protected override void ValidateCreate(Pod obj, List<FieldError> errors)
    {
        ValidateMetadataAndSpec(obj, errors);
        if (obj.Spec.EphemeralContainers is { Count: > 0 })
        {
            errors.Add(FieldError.Forbidden(Spec.Child("ephemeralContainers"), "cannot be set on create"));
        }

        // As upstream: a pod cannot name its node while a scheduling gate still holds it back.
        if (!string.IsNullOrEmpty(obj.Spec.NodeName) && obj.Spec.SchedulingGates is { Count: > 0 })
        {
            errors.Add(FieldError.Forbidden(Spec.Child("nodeName"), "cannot be set until all schedulingGates have been cleared"));
        }
    }

    protected override void ValidateUpdate(Pod obj, Pod old, List<FieldError> errors)
    {
        ValidateMetadataAndSpec(obj, errors);
        ValidateSpecUpdate(obj.Spec, old.Spec, errors);
    }

    /// <summary>Upstream validatePodMetadataAndSpec: the spec rules plus the pod-only image check.</summary>
    private static void ValidateMetadataAndSpec(Pod pod, List<FieldError> errors)
    {
        PodSpecValidation.Validate(pod.Spec, Spec, errors);
        CheckImageWhitespace(pod.Spec.Containers, Spec.Child("containers"), errors);
        CheckImageWhitespace(pod.Spec.InitContainers ?? [], Spec.Child("initContainers"), errors);
    }

    private static void CheckImageWhitespace(List<Container> containers, FieldPath path, List<FieldError> errors)
    {
        for (var i = 0; i < containers.Count; i++)
        {
            var image = containers[i].Image ?? "";
            if (image.Length != image.Trim().Length)
            {
                errors.Add(FieldError.Invalid(path.Index(i).Child("image"), image, "must not have leading or trailing whitespace"));
            }
        }
    }
}
