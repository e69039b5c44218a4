namespace Dotkube.Api.Core.V1;

/// <summary>The source of an environment variable's value. Exactly one of its fields must be set.</summary>
/// <remarks>core/v1 EnvVarSource: exactly one member is set.</remarks>
public sealed class EnvVarSource
{
    /// <summary>A field of the pod, such as metadata.name, metadata.namespace, spec.nodeName or status.podIP.</summary>
    public ObjectFieldSelector? FieldRef { get; set; }

    /// <summary>A resource request or limit of a container, such as limits.cpu or requests.memory.</summary>
    public ResourceFieldSelector? ResourceFieldRef { get; set; }

    /// <summary>A key of a ConfigMap in the pod's namespace.</summary>
    public ConfigMapKeySelector? ConfigMapKeyRef { get; set; }

    /// <summary>A key of a Secret in the pod's namespace.</summary>
    public SecretKeySelector? SecretKeyRef { get; set; }
}
