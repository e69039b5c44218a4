namespace Dotkube.Client.Config;

/// <summary>A kubeconfig or in-cluster configuration that cannot produce a usable client; the message names the missing piece.</summary>
public sealed class KubeconfigException : Exception
{
    public KubeconfigException(string message)
        : base(message)
    {
    }

    public KubeconfigException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
