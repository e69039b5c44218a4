namespace Dotkube.Kubelet.Pods;

/// <summary>
/// A container's config could not be made (a missing ConfigMap key, a bad subPath, ...): the
/// container waits with reason CreateContainerConfigError and this message, as upstream.
/// </summary>
public sealed class ContainerConfigException(string message, Exception? inner = null) : Exception(message, inner)
{
    public const string Reason = "CreateContainerConfigError";
}
