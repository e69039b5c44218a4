using Dotkube.Api.Core.V1;
using Dotkube.Api.Values;

namespace Dotkube.Api.Validation.Core;

public sealed partial class PersistentVolumeClaimValidator
{
    private const string StorageClassAnnotation = "volume.beta.kubernetes.io/storage-class";

    /// <summary>
    /// Upstream ValidatePersistentVolumeClaimUpdate: the spec is fixed, except that volumeName may be
    /// set once, storageClassName may move from nil (or from the beta annotation), and a bound
    /// claim may change its storage request and volumeAttributesClassName.
    /// </summary>
    protected override void ValidateUpdate(PersistentVolumeClaim obj, PersistentVolumeClaim old, List<FieldError> errors)
    {
        ValidateCreate(obj, errors);
        var spec = ApiValues.Clone(obj.Spec);
        var oldSpec = ApiValues.Clone(old.Spec);
        if (string.IsNullOrEmpty(old.Spec.VolumeName))
        {
            oldSpec.VolumeName = spec.VolumeName;
        }

        var oldAnnotations = old.Metadata.Annotations ?? [];
        var annotations = obj.Metadata.Annotations ?? [];
        if (IsUpgradeFromAnnotation(oldAnnotations, annotations, old.Spec.StorageClassName, obj.Spec.StorageClassName))
        {
            spec.StorageClassName = null;
        }
        else
        {
            var value = annotations.GetValueOrDefault(StorageClassAnnotation) ?? "";
            if (value != (oldAnnotations.GetValueOrDefault(StorageClassAnnotation) ?? ""))
            {
                errors.Add(FieldError.Invalid(Metadata.Child("annotations", StorageClassAnnotation), value, "field is immutable"));
            }

            if (obj.Spec.StorageClassName is { } name && old.Spec.StorageClassName is null &&
                (!oldAnnotations.TryGetValue(StorageClassAnnotation, out var oldName) || name == oldName))
            {
                spec.StorageClassName = oldSpec.StorageClassName;
            }
        }

        var bound = obj.Status.Phase == "Bound";
        if (bound && spec.Resources.Requests is { } requests)
        {
            requests.Remove("storage");
            if (oldSpec.Resources.Requests?.GetValueOrDefault("storage") is { } oldStorage)
            {
                requests["storage"] = oldStorage;
            }
        }

        if (bound && spec.VolumeAttributesClassName is not null)
        {
            spec.VolumeAttributesClassName = oldSpec.VolumeAttributesClassName;
        }

        if (!ApiValues.Same(spec, oldSpec))
        {
            // Upstream appends a cmp.Diff of the two specs, which is not reproduced here.
            errors.Add(FieldError.Forbidden(Spec, "spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims"));
        }

        ValidateStorageDecrease(obj, old, errors);

        // Upstream's path here has no "spec." prefix.
        ObjectMetaValidation.Immutable(obj.Spec.VolumeMode, old.Spec.VolumeMode, FieldPath.Root("volumeMode"), errors);
        if (old.Spec.VolumeAttributesClassName is not null && obj.Spec.VolumeAttributesClassName != old.Spec.VolumeAttributesClassName)
        {
            if (obj.Spec.VolumeAttributesClassName is null)
            {
                errors.Add(FieldError.Forbidden(Spec.Child("volumeAttributesClassName"), "update from non-nil value to nil is forbidden"));
            }
            else if (obj.Spec.VolumeAttributesClassName.Length == 0)
            {
                errors.Add(FieldError.Forbidden(Spec.Child("volumeAttributesClassName"), "update from non-nil value to an empty string is forbidden"));
            }
        }
    }

    /// <summary>With recovery from failed expansion, a request may shrink, but not to status.capacity or below.</summary>
    private static void ValidateStorageDecrease(PersistentVolumeClaim obj, PersistentVolumeClaim old, List<FieldError> errors)
    {
        var oldSize = old.Spec.Resources.Requests?.GetValueOrDefault("storage") ?? Quantity.Zero;
        var size = obj.Spec.Resources.Requests?.GetValueOrDefault("storage") ?? Quantity.Zero;
        var statusSize = old.Status.Capacity?.GetValueOrDefault("storage") ?? Quantity.Zero;
        if (size.CompareTo(oldSize) < 0 && size.CompareTo(statusSize) <= 0)
        {
            errors.Add(FieldError.Forbidden(Spec.Child("resources", "requests", "storage"), "field can not be less than status.capacity"));
        }
    }

    /// <summary>Upstream validateStorageClassUpgradeFromAnnotation: the class moves from the beta annotation to the field.</summary>
    private static bool IsUpgradeFromAnnotation(Dictionary<string, string> oldAnnotations, Dictionary<string, string> annotations, string? oldName, string? name) =>
        oldAnnotations.TryGetValue(StorageClassAnnotation, out var oldClass) && oldName is null && name == oldClass &&
        (!annotations.TryGetValue(StorageClassAnnotation, out var newClass) || newClass == oldClass);

}
