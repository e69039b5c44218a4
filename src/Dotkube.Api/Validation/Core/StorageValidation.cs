using Dotkube.Api.Naming;
using Dotkube.Api.Values;

namespace Dotkube.Api.Validation.Core;

/// <summary>Rules PersistentVolumes and PersistentVolumeClaims share (upstream validation.go).</summary>
public static class StorageValidation
{
    // Upstream supportedAccessModes, supportedVolumeModes and supportedReclaimPolicy, sorted as sets.List prints them.
    public static readonly string[] AccessModes = ["ReadOnlyMany", "ReadWriteMany", "ReadWriteOnce", "ReadWriteOncePod"];
    public static readonly string[] VolumeModes = ["Block", "Filesystem"];
    public static readonly string[] ReclaimPolicies = ["Delete", "Recycle", "Retain"];

    /// <summary>Each mode supported; ReadWriteOncePod only on its own.</summary>
    public static void ValidateAccessModes(List<string>? modes, FieldPath path, List<FieldError> errors)
    {
        bool once = false, other = false;
        foreach (var mode in modes ?? [])
        {
            if (!AccessModes.Contains(mode))
            {
                errors.Add(FieldError.NotSupported(path, mode, AccessModes));
            }
            else if (mode == "ReadWriteOncePod")
            {
                once = true;
            }
            else
            {
                other = true;
            }
        }

        if (once && other)
        {
            errors.Add(FieldError.Forbidden(path, "may not use ReadWriteOncePod with other access modes"));
        }
    }

    public static void ValidateVolumeMode(string? mode, FieldPath path, List<FieldError> errors)
    {
        if (mode is not null && !VolumeModes.Contains(mode))
        {
            errors.Add(FieldError.NotSupported(path, mode, VolumeModes));
        }
    }

    /// <summary>Upstream ValidateClassName: a DNS-1123 subdomain.</summary>
    public static void ValidateClassName(string name, FieldPath path, List<FieldError> errors)
    {
        foreach (var message in NameValidation.IsDNS1123Subdomain(name))
        {
            errors.Add(FieldError.Invalid(path, name, message));
        }
    }

    /// <summary>Upstream ValidatePositiveQuantityValue.</summary>
    public static bool ValidatePositive(Quantity quantity, FieldPath path, List<FieldError> errors)
    {
        if (quantity.Sign > 0)
        {
            return true;
        }

        errors.Add(FieldError.Invalid(path, quantity.ToString(), "must be greater than zero"));
        return false;
    }

    /// <summary>Upstream validatePathNoBacksteps.</summary>
    public static void PathNoBacksteps(string target, FieldPath path, List<FieldError> errors)
    {
        if (target.Split('/').Contains(".."))
        {
            errors.Add(FieldError.Invalid(path, target, "must not contain '..'"));
        }
    }

    public static void Required(string? value, FieldPath path, List<FieldError> errors)
    {
        if (string.IsNullOrEmpty(value))
        {
            errors.Add(FieldError.Required(path));
        }
    }
}
