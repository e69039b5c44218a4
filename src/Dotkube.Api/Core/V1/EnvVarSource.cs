namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 EnvVarSource: exactly one member is set.</summary>
public sealed class EnvVarSource
{
    public ObjectFieldSelector? FieldRef { get; set; }

    public ResourceFieldSelector? ResourceFieldRef { get; set; }

    public ConfigMapKeySelector? ConfigMapKeyRef { get; set; }

    public SecretKeySelector? SecretKeyRef { get; set; }
}
