using Dotkube.Api.Core.V1;
using Dotkube.Api.Serialization;

using Dotkube.Api.Values;

namespace Dotkube.Api.Validation.Core;

/// <summary>
/// Upstream ValidatePersistentVolume (ValidatePersistentVolumeSpec for a non-inline volume, with
/// VolumeAttributesClass validation on) and ValidatePersistentVolumeUpdate.
/// </summary>
public sealed partial class PersistentVolumeValidator : ObjectValidator<PersistentVolume>
{
    protected override void ValidateCreate(PersistentVolume obj, List<FieldError> errors)
    {
        var spec = obj.Spec;
        if (spec.AccessModes is not { Count: > 0 })
        {
            errors.Add(FieldError.Required(Spec.Child("accessModes")));
        }

        StorageValidation.ValidateAccessModes(spec.AccessModes, Spec.Child("accessModes"), errors);
        ValidateCapacity(spec, errors);
        if (!string.IsNullOrEmpty(spec.PersistentVolumeReclaimPolicy) && !StorageValidation.ReclaimPolicies.Contains(spec.PersistentVolumeReclaimPolicy))
        {
            errors.Add(FieldError.NotSupported(Spec.Child("persistentVolumeReclaimPolicy"), spec.PersistentVolumeReclaimPolicy, StorageValidation.ReclaimPolicies));
        }

        var hasNodeAffinity = false;
        if (spec.NodeAffinity is { } affinity)
        {
            hasNodeAffinity = true;
            if (affinity.Required is { } required)
            {
                SchedulingValidation.ValidateNodeSelector(required, Spec.Child("nodeAffinity", "required"), errors);
            }
            else
            {
                errors.Add(FieldError.Required(Spec.Child("nodeAffinity", "required"), "must specify required node constraints"));
            }
        }

        ValidateSources(spec, hasNodeAffinity, errors);

        // A recycler would wipe the host's root.
        if (spec.HostPath is { } hostPath && IsRoot(hostPath.Path) && spec.PersistentVolumeReclaimPolicy == "Recycle")
        {
            errors.Add(FieldError.Forbidden(Spec.Child("persistentVolumeReclaimPolicy"), "may not be 'recycle' for a hostPath mount of '/'"));
        }

        if (!string.IsNullOrEmpty(spec.StorageClassName))
        {
            StorageValidation.ValidateClassName(spec.StorageClassName, Spec.Child("storageClassName"), errors);
        }

        StorageValidation.ValidateVolumeMode(spec.VolumeMode, Spec.Child("volumeMode"), errors);
        if (spec.VolumeAttributesClassName is { } className)
        {
            if (className.Length == 0)
            {
                errors.Add(FieldError.Required(Spec.Child("volumeAttributesClassName"), "an empty string is disallowed"));
            }
            else
            {
                StorageValidation.ValidateClassName(className, Spec.Child("volumeAttributesClassName"), errors);
            }

            if (spec.Csi is null)
            {
                errors.Add(FieldError.Required(Spec.Child("csi"), "has to be specified when using volumeAttributesClassName"));
            }
        }
    }

    /// <summary>Capacity holds exactly "storage", a valid positive quantity.</summary>
    private static void ValidateCapacity(PersistentVolumeSpec spec, List<FieldError> errors)
    {
        var path = Spec.Child("capacity");
        var capacity = spec.Capacity;
        if (capacity is not { Count: > 0 })
        {
            errors.Add(FieldError.Required(path));
        }

        if (capacity is null || !capacity.ContainsKey("storage") || capacity.Count > 1)
        {
            // Upstream prints the whole map with %#v.
            var shown = capacity is null
                ? "core.ResourceList(nil)"
                : "core.ResourceList{" + string.Join(", ", capacity.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{GoStrings.Quote(e.Key)}:{e.Value}")) + "}";
            errors.Add(FieldError.NotSupported(path, GoSyntax.Raw(shown), ["storage"]));
        }

        foreach (var (name, quantity) in capacity ?? [])
        {
            if (quantity.Value() < 0)
            {
                errors.Add(FieldError.Invalid(path.Key(name), quantity.Value(), "must be a valid resource quantity"));
            }

            StorageValidation.ValidatePositive(quantity, path.Key(name), errors);
        }
    }

    /// <summary>path.Clean(p) == "/": absolute, with nothing but empty, "." and ".." elements.</summary>
    private static bool IsRoot(string path) =>
        path.StartsWith('/') && path.Split('/').All(part => part is "" or "." or "..");

    protected override void ValidateUpdate(PersistentVolume obj, PersistentVolume old, List<FieldError> errors)
    {
        ValidateCreate(obj, errors);

        // A CSI volume may gain a controllerExpandSecretRef; every other source field is fixed.
        var spec = obj.Spec;
        if (old.Spec.Csi is { ControllerExpandSecretRef: null } && spec.Csi is { ControllerExpandSecretRef: not null })
        {
            spec = ApiValues.Clone(spec);
            spec.Csi!.ControllerExpandSecretRef = null;
        }

        if (!SourceJson(spec).AsSpan().SequenceEqual(SourceJson(old.Spec)))
        {
            // Upstream appends a cmp.Diff of the two sources, which is not reproduced here.
            errors.Add(FieldError.Forbidden(Spec.Child("persistentvolumesource"), "spec.persistentvolumesource is immutable after creation"));
        }

        // Upstream's path here has no "spec." prefix.
        ObjectMetaValidation.Immutable(obj.Spec.VolumeMode, old.Spec.VolumeMode, FieldPath.Root("volumeMode"), errors);
        if (old.Spec.VolumeAttributesClassName is not null && obj.Spec.VolumeAttributesClassName is null)
        {
            errors.Add(FieldError.Forbidden(Spec.Child("volumeAttributesClassName"), "update from non-nil value to nil is forbidden"));
        }
    }


    /// <summary>The spec's PersistentVolumeSource part only, serialized for comparison.</summary>
    private static byte[] SourceJson(PersistentVolumeSpec spec)
    {
        var source = ApiValues.Clone(spec);
        source.Capacity = null;
        source.AccessModes = null;
        source.ClaimRef = null;
        source.PersistentVolumeReclaimPolicy = null;
        source.StorageClassName = null;
        source.MountOptions = null;
        source.VolumeMode = null;
        source.NodeAffinity = null;
        source.VolumeAttributesClassName = null;
        return KubeJson.Serialize(source);
    }
}
