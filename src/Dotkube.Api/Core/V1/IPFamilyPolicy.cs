namespace Dotkube.Api.Core.V1;

/// <summary>The values of <see cref="ServiceSpec.IPFamilyPolicy"/>.</summary>
public static class IPFamilyPolicy
{
    public const string SingleStack = "SingleStack";
    public const string PreferDualStack = "PreferDualStack";
    public const string RequireDualStack = "RequireDualStack";
}
