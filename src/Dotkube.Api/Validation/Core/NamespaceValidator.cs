using Dotkube.Api.Core.V1;
using Dotkube.Api.Naming;

namespace Dotkube.Api.Validation.Core;

/// <summary>Upstream ValidateNamespace and ValidateNamespaceUpdate: DNS-1123 label names, qualified finalizers.</summary>
public sealed class NamespaceValidator : ObjectValidator<Namespace>
{
    protected override NameRule NameRule => NameRule.Label;

    protected override void ValidateCreate(Namespace obj, List<FieldError> errors)
    {
        var finalizers = obj.Spec.Finalizers ?? [];
        for (var i = 0; i < finalizers.Count; i++)
        {
            ValidateFinalizerName(finalizers[i], Spec.Child("finalizers").Index(i), errors);
        }
    }

    /// <summary>Upstream validateFinalizerName: a qualified name; unprefixed only the standard finalizers.</summary>
    private static void ValidateFinalizerName(string name, FieldPath path, List<FieldError> errors)
    {
        var messages = NameValidation.IsQualifiedName(name);
        foreach (var message in messages)
        {
            errors.Add(FieldError.Invalid(path, name, message));
        }

        if (!name.Contains('/') && name is not ("kubernetes" or "orphan" or "foregroundDeletion"))
        {
            errors.Add(FieldError.Invalid(path, name, "name is neither a standard finalizer name nor is it fully qualified"));
        }
    }
}
