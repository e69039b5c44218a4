using System.Collections.Frozen;
using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Validation;

/// <summary>
/// Entry point for validating any object: finds the kind's <see cref="ObjectValidator{T}"/>
/// (discovered once by reflection) or, for kinds without one, validates metadata only.
/// </summary>
public static class ObjectValidation
{
    private static readonly FrozenDictionary<Type, IObjectValidator> Validators = Discover();

    public static IReadOnlyList<FieldError> ValidateCreate(KubeObject obj) =>
        Validators.TryGetValue(obj.GetType(), out var validator) ? validator.ValidateCreate(obj) : MetadataOnly(obj, null);

    public static IReadOnlyList<FieldError> ValidateUpdate(KubeObject obj, KubeObject old) =>
        Validators.TryGetValue(obj.GetType(), out var validator) ? validator.ValidateUpdate(obj, old) : MetadataOnly(obj, old);

    /// <summary>True when a kind has its own validator (tests use it to find kinds left to cover).</summary>
    public static bool HasValidator(Type type) => Validators.ContainsKey(type);

    private static List<FieldError> MetadataOnly(KubeObject obj, KubeObject? old)
    {
        var errors = new List<FieldError>();
        var path = FieldPath.Root("metadata");
        var namespaced = Scheme.Default.Find(obj.GetType())?.Namespaced ?? true;
        ObjectMetaValidation.Validate(obj.Metadata, namespaced, NameRule.Subdomain, path, errors);
        if (old is not null)
        {
            ObjectMetaValidation.ValidateUpdate(obj.Metadata, old.Metadata, path, errors);
        }

        return errors;
    }

    private static FrozenDictionary<Type, IObjectValidator> Discover() =>
        typeof(ObjectValidation).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(IObjectValidator).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (IObjectValidator)Activator.CreateInstance(t)!)
            .ToFrozenDictionary(v => v.ObjectType);
}
