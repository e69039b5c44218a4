namespace Dotkube.Api.Core.V1;

/// <summary>An environment variable set in a container, given either as a literal value or taken from another source.</summary>
/// <remarks>core/v1 EnvVar: a literal value (with $(VAR) expansion) or a valueFrom source.</remarks>
public sealed class EnvVar
{
    /// <summary>The name of the environment variable. Required.</summary>
    public string Name { get; set; } = "";

    /// <summary>The variable's value. $(VAR) references to variables defined earlier are expanded; write $$(VAR) for a literal $(VAR). Cannot be combined with valueFrom.</summary>
    public string? Value { get; set; }

    /// <summary>Where to read the variable's value from: a ConfigMap or Secret key, a pod field, or a container resource. Cannot be combined with value.</summary>
    public EnvVarSource? ValueFrom { get; set; }
}
