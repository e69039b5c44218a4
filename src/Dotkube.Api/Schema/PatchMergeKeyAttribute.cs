namespace Dotkube.Api.Schema;

/// <summary>
/// Upstream's <c>patchMergeKey</c> struct tag: the field that identifies list elements
/// ("name" for containers, "containerPort" for ports). Written into OpenAPI as
/// <c>x-kubernetes-patch-merge-key</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PatchMergeKeyAttribute(string key) : Attribute
{
    public string Key { get; } = key;
}
