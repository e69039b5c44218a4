namespace Dotkube.Api.Core.V1;

/// <summary>The kinds of <see cref="AppArmorProfile"/>.</summary>
public static class AppArmorProfileType
{
    public const string Unconfined = "Unconfined";
    public const string RuntimeDefault = "RuntimeDefault";
    public const string Localhost = "Localhost";
}
