namespace Dotkube.Api.Schema;

/// <summary>
/// Upstream's <c>patchStrategy</c> struct tag ("merge", "retainKeys", "merge,retainKeys",
/// "replace"). Read by the strategic merge patch and written into OpenAPI as
/// <c>x-kubernetes-patch-strategy</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PatchStrategyAttribute(string strategy) : Attribute
{
    public string Strategy { get; } = strategy;
}
