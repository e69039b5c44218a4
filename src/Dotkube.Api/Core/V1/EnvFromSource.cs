namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 EnvFromSource: every key of a ConfigMap or Secret as variables, optionally prefixed.</summary>
public sealed class EnvFromSource
{
    public string? Prefix { get; set; }

    public ConfigMapEnvSource? ConfigMapRef { get; set; }

    public SecretEnvSource? SecretRef { get; set; }
}
