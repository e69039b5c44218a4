using Dotkube.Api.Schema;

namespace Dotkube.Api.Serialization;

/// <summary>One decoded document: the typed object, its kind, and fieldValidation=Warn warnings.</summary>
public sealed record DecodedObject(object Object, ResourceInfo Resource, IReadOnlyList<string> Warnings)
{
    public GroupVersionKind Gvk => Resource.Gvk;
}
