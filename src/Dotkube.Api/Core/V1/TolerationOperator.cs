namespace Dotkube.Api.Core.V1;

/// <summary>The operators of a <see cref="Toleration"/>.</summary>
public static class TolerationOperator
{
    public const string Exists = "Exists";
    public const string Equal = "Equal";
}
