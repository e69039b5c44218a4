using Dotkube.Api.Core.V1;
using Dotkube.Api.Naming;

namespace Dotkube.Api.Validation.Core;

/// <summary>
/// Upstream ValidatePersistentVolumeClaim (ValidatePersistentVolumeClaimSpec) and
/// ValidatePersistentVolumeClaimUpdate, with VolumeAttributesClass validation on and
/// RecoverVolumeExpansionFailure on (beta, default in v1.32).
/// </summary>
public sealed partial class PersistentVolumeClaimValidator : ObjectValidator<PersistentVolumeClaim>
{
    protected override void ValidateCreate(PersistentVolumeClaim obj, List<FieldError> errors) =>
        ValidateSpec(obj.Spec, Spec, errors);

    /// <summary>Upstream ValidatePersistentVolumeClaimSpec; public for claim templates.</summary>
    public static void ValidateSpec(PersistentVolumeClaimSpec spec, FieldPath path, List<FieldError> errors)
    {
        if (spec.AccessModes is not { Count: > 0 })
        {
            errors.Add(FieldError.Required(path.Child("accessModes"), "at least 1 access mode is required"));
        }

        LabelValidation.ValidateLabelSelector(spec.Selector, path.Child("selector"), errors);
        StorageValidation.ValidateAccessModes(spec.AccessModes, path.Child("accessModes"), errors);

        // Upstream keys the storage request under "resources", not "resources.requests".
        var storagePath = path.Child("resources").Key("storage");
        if (spec.Resources.Requests?.GetValueOrDefault("storage") is not { } storage)
        {
            errors.Add(FieldError.Required(storagePath));
        }
        else if (StorageValidation.ValidatePositive(storage, storagePath, errors))
        {
            ResourceValidation.ValidateQuantity("storage", storage, storagePath, errors);
        }

        if (!string.IsNullOrEmpty(spec.StorageClassName))
        {
            StorageValidation.ValidateClassName(spec.StorageClassName, path.Child("storageClassName"), errors);
        }

        StorageValidation.ValidateVolumeMode(spec.VolumeMode, path.Child("volumeMode"), errors);
        if (spec.DataSource is { } source)
        {
            ValidateDataSource(source.Name, source.Kind, source.ApiGroup, path.Child("dataSource"), errors);
        }

        if (spec.DataSourceRef is { } reference)
        {
            ValidateDataSource(reference.Name, reference.Kind, reference.ApiGroup, path.Child("dataSourceRef"), errors);
            if (!string.IsNullOrEmpty(reference.Namespace))
            {
                foreach (var message in NameValidation.IsDNS1123Label(reference.Namespace))
                {
                    errors.Add(FieldError.Invalid(path.Child("dataSourceRef", "namespace"), reference.Namespace, message));
                }
            }
        }

        ValidateDataSourceConsistency(spec, path, errors);
        if (!string.IsNullOrEmpty(spec.VolumeAttributesClassName))
        {
            StorageValidation.ValidateClassName(spec.VolumeAttributesClassName, path.Child("volumeAttributesClassName"), errors);
        }
    }

    /// <summary>Upstream validateDataSource / validateDataSourceRef: name and kind; core group only for claims.</summary>
    private static void ValidateDataSource(string name, string kind, string? apiGroup, FieldPath path, List<FieldError> errors)
    {
        StorageValidation.Required(name, path.Child("name"), errors);
        StorageValidation.Required(kind, path.Child("kind"), errors);
        var group = apiGroup ?? "";
        if (group.Length == 0 && kind != "PersistentVolumeClaim")
        {
            errors.Add(FieldError.Invalid(path, kind, "must be 'PersistentVolumeClaim' when referencing the default apiGroup"));
        }

        if (group.Length > 0)
        {
            foreach (var message in NameValidation.IsDNS1123Subdomain(group))
            {
                errors.Add(FieldError.Invalid(path.Child("apiGroup"), group, message));
            }
        }
    }

    /// <summary>dataSource must mirror dataSourceRef, and may not be used with a cross-namespace ref.</summary>
    private static void ValidateDataSourceConsistency(PersistentVolumeClaimSpec spec, FieldPath path, List<FieldError> errors)
    {
        // Upstream's bad value is the *field.Path, dumped with a pointer address; the path stands in for it.
        var shown = GoSyntax.Raw(path.Child("dataSource").ToString());
        if (spec.DataSourceRef is { Namespace.Length: > 0 })
        {
            if (spec.DataSource is not null)
            {
                errors.Add(FieldError.Invalid(path, shown, "may not be specified when dataSourceRef.namespace is specified"));
            }
        }
        else if (spec.DataSource is { } source && spec.DataSourceRef is { } reference &&
            (source.ApiGroup != reference.ApiGroup || source.Kind != reference.Kind || source.Name != reference.Name))
        {
            errors.Add(FieldError.Invalid(path, shown, "must match dataSourceRef"));
        }
    }
}
