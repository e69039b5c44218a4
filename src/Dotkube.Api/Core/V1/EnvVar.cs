namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 EnvVar: a literal value (with $(VAR) expansion) or a valueFrom source.</summary>
public sealed class EnvVar
{
    public string Name { get; set; } = "";

    public string? Value { get; set; }

    public EnvVarSource? ValueFrom { get; set; }
}
