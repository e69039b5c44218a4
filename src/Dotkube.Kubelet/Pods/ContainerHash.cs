using System.Security.Cryptography;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Serialization;

namespace Dotkube.Kubelet.Pods;

/// <summary>
/// A container spec's fingerprint, kept in the io.kubernetes.container.hash annotation, as
/// upstream: a running container whose spec changed (a hash that differs) is restarted, one whose
/// spec did not is left alone, including across agent restarts, so the hash must be stable for
/// the same spec in any process (it is taken over the spec's API JSON).
/// </summary>
public static class ContainerHash
{
    public static string Of(Container container)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(KubeJson.Serialize(container), digest);
        return Convert.ToHexStringLower(digest[..8]);
    }
}
