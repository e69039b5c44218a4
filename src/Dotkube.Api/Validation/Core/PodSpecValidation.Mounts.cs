using Dotkube.Api.Core.V1;

namespace Dotkube.Api.Validation.Core;

public static partial class PodSpecValidation
{
    private static readonly string[] MountPropagations = ["Bidirectional", "HostToContainer", "None"];

    private static readonly string[] RecursiveReadOnlyModes = ["Disabled", "Enabled", "IfPossible"];

    /// <summary>
    /// Upstream ValidateVolumeMounts: each mount names a valid pod volume (NotFound otherwise),
    /// mount paths are unique within the container.
    /// </summary>
    private static void ValidateVolumeMounts(Container container, IReadOnlyDictionary<string, Volume> volumes, FieldPath path, List<FieldError> errors)
    {
        var devices = container.VolumeDevices ?? [];
        var mountPaths = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (container.VolumeMounts?.Count ?? 0); i++)
        {
            var mount = container.VolumeMounts![i];
            var at = path.Index(i);
            if (mount.Name.Length == 0)
            {
                errors.Add(FieldError.Required(at.Child("name")));
            }

            if (!volumes.TryGetValue(mount.Name, out var volume))
            {
                errors.Add(FieldError.NotFound(at.Child("name"), mount.Name));
            }

            if (mount.MountPath.Length == 0)
            {
                errors.Add(FieldError.Required(at.Child("mountPath")));
            }

            if (!mountPaths.Add(mount.MountPath))
            {
                errors.Add(FieldError.Invalid(at.Child("mountPath"), mount.MountPath, "must be unique"));
            }

            if (devices.Any(d => d.Name == mount.Name))
            {
                errors.Add(FieldError.Invalid(at.Child("name"), mount.Name, "must not already exist in volumeDevices"));
            }

            if (devices.Any(d => d.DevicePath == mount.MountPath))
            {
                errors.Add(FieldError.Invalid(at.Child("mountPath"), mount.MountPath, "must not already exist as a path in volumeDevices"));
            }

            ValidateSubPaths(mount, volume, at, path, errors);
            ValidatePropagation(mount, container, path, errors);
        }
    }

    private static void ValidateSubPaths(VolumeMount mount, Volume? volume, FieldPath at, FieldPath list, List<FieldError> errors)
    {
        if (volume?.Image is not null)
        {
            if (!string.IsNullOrEmpty(mount.SubPath))
            {
                errors.Add(FieldError.Invalid(at.Child("subPath"), mount.SubPath, "not allowed in image volume sources"));
            }

            if (!string.IsNullOrEmpty(mount.SubPathExpr))
            {
                errors.Add(FieldError.Invalid(at.Child("subPathExpr"), mount.SubPathExpr, "not allowed in image volume sources"));
            }
        }

        // Upstream reports the path checks against the list (volumeMounts.subPath), not the entry.
        if (!string.IsNullOrEmpty(mount.SubPath))
        {
            LocalDescendingPath(mount.SubPath, list.Child("subPath"), errors);
        }

        if (!string.IsNullOrEmpty(mount.SubPathExpr))
        {
            if (!string.IsNullOrEmpty(mount.SubPath))
            {
                errors.Add(FieldError.Invalid(at.Child("subPathExpr"), mount.SubPathExpr, "subPathExpr and subPath are mutually exclusive"));
            }

            LocalDescendingPath(mount.SubPathExpr, list.Child("subPathExpr"), errors);
        }
    }

    private static void ValidatePropagation(VolumeMount mount, Container container, FieldPath list, List<FieldError> errors)
    {
        if (mount.MountPropagation is { } propagation)
        {
            var at = list.Child("mountPropagation");
            if (!MountPropagations.Contains(propagation))
            {
                errors.Add(FieldError.NotSupported(at, propagation, MountPropagations));
            }

            if (propagation == "Bidirectional" && container.SecurityContext?.Privileged != true)
            {
                errors.Add(FieldError.Forbidden(at, "Bidirectional mount propagation is available only to privileged containers"));
            }
        }

        if (mount.RecursiveReadOnly is not { } mode || mode == "Disabled")
        {
            return;
        }

        var rro = list.Child("recursiveReadOnly");
        if (mode is "Enabled" or "IfPossible")
        {
            if (mount.ReadOnly != true)
            {
                errors.Add(FieldError.Forbidden(rro, "may only be specified when readOnly is true"));
            }

            if (mount.MountPropagation is { } p && p != "None")
            {
                errors.Add(FieldError.Forbidden(rro, "may only be specified when mountPropagation is None or not specified"));
            }
        }
        else
        {
            errors.Add(FieldError.NotSupported(rro, mode, RecursiveReadOnlyModes));
        }
    }

    private static void LocalDescendingPath(string target, FieldPath path, List<FieldError> errors)
    {
        if (target.StartsWith('/'))
        {
            errors.Add(FieldError.Invalid(path, target, "must be a relative path"));
        }

        PathNoBacksteps(target, path, errors);
    }
}
