namespace Dotkube.Api.Core.V1;

/// <summary>The operators of a <see cref="ScopedResourceSelectorRequirement"/>.</summary>
public static class ScopeSelectorOperator
{
    public const string In = "In";
    public const string NotIn = "NotIn";
    public const string Exists = "Exists";
    public const string DoesNotExist = "DoesNotExist";
}
