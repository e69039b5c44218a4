namespace Dotkube.Api.Core.V1;

/// <summary>The kinds of <see cref="SeccompProfile"/>.</summary>
public static class SeccompProfileType
{
    public const string Unconfined = "Unconfined";
    public const string RuntimeDefault = "RuntimeDefault";
    public const string Localhost = "Localhost";
}
