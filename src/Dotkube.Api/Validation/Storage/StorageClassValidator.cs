using Dotkube.Api.Naming;
using Dotkube.Api.Storage.V1;

namespace Dotkube.Api.Validation.Storage;

/// <summary>Upstream ValidateStorageClass / ValidateStorageClassUpdate (pkg/apis/storage/validation).</summary>
public sealed class StorageClassValidator : ObjectValidator<StorageClass>
{
    private const int MaxParameterCount = 512;
    private const int MaxParameterBytes = 256 * 1024;

    // sets.List order, as upstream prints them.
    private static readonly string[] ReclaimPolicies = ["Delete", "Retain"];
    private static readonly string[] BindingModes = [VolumeBindingMode.Immediate, VolumeBindingMode.WaitForFirstConsumer];

    protected override void ValidateCreate(StorageClass obj, List<FieldError> errors)
    {
        ValidateProvisioner(obj.Provisioner, errors);
        ValidateParameters(obj.Parameters, errors);

        // Unset reclaimPolicy (Delete) and volumeBindingMode (Immediate) are defaulted.
        if (obj.ReclaimPolicy is { Length: > 0 } reclaim && !ReclaimPolicies.Contains(reclaim))
        {
            errors.Add(FieldError.NotSupported(FieldPath.Root("reclaimPolicy"), reclaim, ReclaimPolicies));
        }

        if (obj.VolumeBindingMode is { } mode && !BindingModes.Contains(mode))
        {
            errors.Add(FieldError.NotSupported(FieldPath.Root("volumeBindingMode"), mode, BindingModes));
        }

        TopologyValidation.ValidateAllowedTopologies(obj.AllowedTopologies, FieldPath.Root("allowedTopologies"), errors);
    }

    /// <summary>Upstream checks only immutability on update.</summary>
    protected override void ValidateUpdate(StorageClass obj, StorageClass old, List<FieldError> errors)
    {
        if (!SameParameters(obj.Parameters, old.Parameters))
        {
            errors.Add(FieldError.Forbidden(FieldPath.Root("parameters"), "updates to parameters are forbidden."));
        }

        if (obj.Provisioner != old.Provisioner)
        {
            errors.Add(FieldError.Forbidden(FieldPath.Root("provisioner"), "updates to provisioner are forbidden."));
        }

        if ((obj.ReclaimPolicy ?? "Delete") != (old.ReclaimPolicy ?? "Delete"))
        {
            errors.Add(FieldError.Forbidden(FieldPath.Root("reclaimPolicy"), "updates to reclaimPolicy are forbidden."));
        }

        ObjectMetaValidation.Immutable(obj.VolumeBindingMode ?? VolumeBindingMode.Immediate, old.VolumeBindingMode ?? VolumeBindingMode.Immediate,
            FieldPath.Root("volumeBindingMode"), errors);
    }

    private static void ValidateProvisioner(string provisioner, List<FieldError> errors)
    {
        var path = FieldPath.Root("provisioner");
        if (provisioner.Length == 0)
        {
            errors.Add(FieldError.Required(path));
            return;
        }

        foreach (var message in NameValidation.IsQualifiedName(provisioner.ToLowerInvariant()))
        {
            errors.Add(FieldError.Invalid(path, provisioner.ToLowerInvariant(), message));
        }
    }

    private static void ValidateParameters(Dictionary<string, string>? parameters, List<FieldError> errors)
    {
        var path = FieldPath.Root("parameters");
        if (parameters is null)
        {
            return;
        }

        if (parameters.Count > MaxParameterCount)
        {
            errors.Add(FieldError.TooLong(path, "", MaxParameterCount));
            return;
        }

        long total = 0;
        foreach (var (key, value) in parameters)
        {
            if (key.Length == 0)
            {
                errors.Add(FieldError.Invalid(path, key, "field can not be empty."));
            }

            total += System.Text.Encoding.UTF8.GetByteCount(key) + System.Text.Encoding.UTF8.GetByteCount(value);
        }

        if (total > MaxParameterBytes)
        {
            errors.Add(FieldError.TooLong(path, "", MaxParameterBytes));
        }
    }

    /// <summary>reflect.DeepEqual on the maps: nil and empty differ, as upstream.</summary>
    private static bool SameParameters(Dictionary<string, string>? a, Dictionary<string, string>? b) =>
        a is null || b is null
            ? a is null && b is null
            : a.Count == b.Count && a.All(e => b.TryGetValue(e.Key, out var v) && v == e.Value);
}
