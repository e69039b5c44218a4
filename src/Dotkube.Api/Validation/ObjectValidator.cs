using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Validation;

/// <summary>
/// Base of every kind's validator. A subclass is found by <see cref="ObjectValidation"/> through
/// reflection, so adding validation for a kind means adding one class. Metadata is validated
/// here (with the kind's <see cref="NameRule"/>); subclasses validate spec and status.
/// </summary>
public abstract class ObjectValidator<T> : IObjectValidator
    where T : KubeObject
{
    protected static readonly FieldPath Metadata = FieldPath.Root("metadata");

    protected static readonly FieldPath Spec = FieldPath.Root("spec");

    public Type ObjectType => typeof(T);

    /// <summary>How metadata.name is checked; most kinds use a DNS-1123 subdomain, as upstream.</summary>
    protected virtual NameRule NameRule => NameRule.Subdomain;

    public IReadOnlyList<FieldError> ValidateCreate(KubeObject obj)
    {
        var errors = new List<FieldError>();
        ValidateMetadata((T)obj, errors);
        ValidateCreate((T)obj, errors);
        return errors;
    }

    public IReadOnlyList<FieldError> ValidateUpdate(KubeObject obj, KubeObject old)
    {
        var errors = new List<FieldError>();
        ValidateMetadata((T)obj, errors);
        ValidateMetadataUpdate((T)obj, (T)old, errors);
        ValidateUpdate((T)obj, (T)old, errors);
        return errors;
    }

    /// <summary>
    /// Upstream's ObjectMeta rules with the kind's <see cref="NameRule"/>. Overridden by the few
    /// kinds upstream treats differently: review requests whose metadata must be empty, and core
    /// Events and Bindings, which get no metadata validation at all.
    /// </summary>
    protected virtual void ValidateMetadata(T obj, List<FieldError> errors) =>
        ObjectMetaValidation.Validate(obj.Metadata, IsNamespaced, NameRule, Metadata, errors);

    /// <summary>Identity fields that may not change; see <see cref="ObjectMetaValidation.ValidateUpdate"/>.</summary>
    protected virtual void ValidateMetadataUpdate(T obj, T old, List<FieldError> errors) =>
        ObjectMetaValidation.ValidateUpdate(obj.Metadata, old.Metadata, Metadata, errors);

    /// <summary>Spec (and for kinds without a status subresource, status) rules on create.</summary>
    protected abstract void ValidateCreate(T obj, List<FieldError> errors);

    /// <summary>Defaults to the create rules on the new object; override to add immutability rules.</summary>
    protected virtual void ValidateUpdate(T obj, T old, List<FieldError> errors) => ValidateCreate(obj, errors);

    private static bool IsNamespaced => Scheme.Default.Find(typeof(T))?.Namespaced ?? true;
}
