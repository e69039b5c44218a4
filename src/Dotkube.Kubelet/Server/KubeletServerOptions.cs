using System.Net;

namespace Dotkube.Kubelet.Server;

/// <summary>The kubelet API's listener and credentials; validated at start.</summary>
public sealed class KubeletServerOptions
{
    /// <summary>The API server's identity towards kubelets (kubeadm's apiserver-kubelet-client certificate).</summary>
    public const string ApiServerClientUser = "kube-apiserver-kubelet-client";

    /// <summary>Defaults to 0.0.0.0, as the kubelet's --address: the API server reaches it on the node's InternalIP.</summary>
    public IPAddress BindAddress { get; init; } = IPAddress.Any;

    /// <summary>Defaults to 10250, as the kubelet's --port. 0 picks a free port (tests); the node advertises the bound one.</summary>
    public int Port { get; init; } = 10250;

    /// <summary>The kubelet's TLS certificate (--tls-cert-file), signed by the cluster's server CA so the API server can verify it. Required.</summary>
    public string ServingCertificatePem { get; init; } = "";

    /// <summary>Its private key (--tls-private-key-file). Required.</summary>
    public string ServingKeyPem { get; init; } = "";

    /// <summary>The CA that client certificates must chain to (--client-ca-file). Required.</summary>
    public string ClientCaPem { get; init; } = "";

    /// <summary>
    /// Defaults to the API server's kubelet client identity alone. Upstream asks the API server
    /// (SubjectAccessReview on nodes/proxy, nodes/log, ...); the only caller we have is the API server itself.
    /// </summary>
    public IReadOnlyList<string> AllowedUsers { get; init; } = [ApiServerClientUser];

    public void Validate()
    {
        if (Port is < 0 or > 65535)
            throw new ArgumentOutOfRangeException(nameof(Port), Port, "The kubelet port must be between 0 and 65535.");
        if (string.IsNullOrEmpty(ServingCertificatePem) || string.IsNullOrEmpty(ServingKeyPem))
            throw new ArgumentException("the kubelet API needs a serving certificate and key", nameof(ServingCertificatePem));
        if (string.IsNullOrEmpty(ClientCaPem))
            throw new ArgumentException("the kubelet API needs a client CA to authenticate the API server", nameof(ClientCaPem));
        if (AllowedUsers.Count == 0)
            throw new ArgumentException("at least one user must be allowed", nameof(AllowedUsers));
    }
}
