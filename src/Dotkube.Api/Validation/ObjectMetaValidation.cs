using Dotkube.Api.Meta;
using Dotkube.Api.Naming;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Validation;

/// <summary>Upstream's ObjectMeta rules (apimachinery api/validation/objectmeta.go), same messages.</summary>
public static class ObjectMetaValidation
{
    private const string OrphanFinalizer = "orphan";
    private const string ForegroundFinalizer = "foregroundDeletion";

    public static void Validate(ObjectMeta meta, bool namespaced, NameRule nameRule, FieldPath path, List<FieldError> errors)
    {
        if (!string.IsNullOrEmpty(meta.GenerateName))
        {
            foreach (var message in nameRule.Check(meta.GenerateName, prefix: true))
            {
                errors.Add(FieldError.Invalid(path.Child("generateName"), meta.GenerateName, message));
            }
        }

        if (string.IsNullOrEmpty(meta.Name))
        {
            if (string.IsNullOrEmpty(meta.GenerateName))
            {
                errors.Add(FieldError.Required(path.Child("name"), "name or generateName is required"));
            }
        }
        else
        {
            foreach (var message in nameRule.Check(meta.Name, prefix: false))
            {
                errors.Add(FieldError.Invalid(path.Child("name"), meta.Name, message));
            }
        }

        if (namespaced)
        {
            if (string.IsNullOrEmpty(meta.Namespace))
            {
                errors.Add(FieldError.Required(path.Child("namespace")));
            }
            else
            {
                foreach (var message in NameValidation.IsDNS1123Label(meta.Namespace))
                {
                    errors.Add(FieldError.Invalid(path.Child("namespace"), meta.Namespace, message));
                }
            }
        }
        else if (!string.IsNullOrEmpty(meta.Namespace))
        {
            errors.Add(FieldError.Forbidden(path.Child("namespace"), "not allowed on this type"));
        }

        if (meta.Generation < 0)
        {
            errors.Add(FieldError.Invalid(path.Child("generation"), meta.Generation, "must be greater than or equal to 0"));
        }

        LabelValidation.ValidateLabels(meta.Labels, path.Child("labels"), errors);
        ValidateAnnotations(meta.Annotations, path.Child("annotations"), errors);
        ValidateOwnerReferences(meta.OwnerReferences, path.Child("ownerReferences"), errors);
        ValidateFinalizers(meta.Finalizers, path.Child("finalizers"), errors);
    }

    /// <summary>Identity fields never change after creation (upstream ValidateObjectMetaUpdate).</summary>
    public static void ValidateUpdate(ObjectMeta meta, ObjectMeta old, FieldPath path, List<FieldError> errors)
    {
        Immutable(meta.Name, old.Name, path.Child("name"), errors);
        Immutable(meta.Namespace, old.Namespace, path.Child("namespace"), errors);
        Immutable(meta.Uid, old.Uid, path.Child("uid"), errors);
        Immutable(meta.CreationTimestamp, old.CreationTimestamp, path.Child("creationTimestamp"), errors);
        if (old.DeletionTimestamp is not null && meta.DeletionTimestamp != old.DeletionTimestamp)
        {
            errors.Add(FieldError.Invalid(path.Child("deletionTimestamp"), meta.DeletionTimestamp?.ToString("O"),
                "field is immutable; may only be changed via deletion"));
        }

        if (old.DeletionGracePeriodSeconds is not null && meta.DeletionGracePeriodSeconds != old.DeletionGracePeriodSeconds)
        {
            errors.Add(FieldError.Invalid(path.Child("deletionGracePeriodSeconds"), meta.DeletionGracePeriodSeconds,
                "field is immutable; may only be changed via deletion"));
        }
    }

    /// <summary>Upstream ValidateImmutableField: "field is immutable" with the new value.</summary>
    public static void Immutable<TValue>(TValue value, TValue old, FieldPath path, List<FieldError> errors)
    {
        if (!EqualityComparer<TValue>.Default.Equals(value, old))
        {
            errors.Add(FieldError.Invalid(path, value, "field is immutable"));
        }
    }

    public static void ValidateAnnotations(Dictionary<string, string>? annotations, FieldPath path, List<FieldError> errors)
    {
        if (annotations is null)
        {
            return;
        }

        foreach (var key in annotations.Keys)
        {
            foreach (var message in NameValidation.IsQualifiedName(key.ToLowerInvariant()))
            {
                errors.Add(FieldError.Invalid(path, key, message));
            }
        }

        if (AnnotationValidation.ValidateSize(annotations) is not null)
        {
            errors.Add(FieldError.TooLong(path, "", AnnotationValidation.TotalAnnotationSizeLimitBytes));
        }
    }

    private static void ValidateOwnerReferences(List<OwnerReference>? references, FieldPath path, List<FieldError> errors)
    {
        if (references is null)
        {
            return;
        }

        var controllers = new List<string>();
        foreach (var reference in references)
        {
            var gvk = GroupVersionKind.FromApiVersion(reference.ApiVersion, reference.Kind);
            if (gvk.Version.Length == 0)
            {
                errors.Add(FieldError.Invalid(path.Child("apiVersion"), reference.ApiVersion, "version must not be empty"));
            }

            if (reference.Kind.Length == 0)
            {
                errors.Add(FieldError.Invalid(path.Child("kind"), reference.Kind, "kind must not be empty"));
            }

            if (reference.Name.Length == 0)
            {
                errors.Add(FieldError.Invalid(path.Child("name"), reference.Name, "name must not be empty"));
            }

            if (reference.Uid.Length == 0)
            {
                errors.Add(FieldError.Invalid(path.Child("uid"), reference.Uid, "uid must not be empty"));
            }

            if (reference.Controller == true)
            {
                controllers.Add($"{reference.Kind}/{reference.Name}");
            }
        }

        if (controllers.Count > 1)
        {
            errors.Add(FieldError.Invalid(path, null,
                $"Only one reference can have Controller set to true. Found \"true\" in references for {string.Join(" and ", controllers)}"));
        }
    }

    private static void ValidateFinalizers(List<string>? finalizers, FieldPath path, List<FieldError> errors)
    {
        if (finalizers is null)
        {
            return;
        }

        foreach (var finalizer in finalizers)
        {
            foreach (var message in NameValidation.IsQualifiedName(finalizer))
            {
                errors.Add(FieldError.Invalid(path, finalizer, message));
            }
        }

        if (finalizers.Contains(OrphanFinalizer) && finalizers.Contains(ForegroundFinalizer))
        {
            errors.Add(FieldError.Invalid(path, finalizers, "finalizer orphan and foregroundDeletion cannot be both set"));
        }
    }
}
