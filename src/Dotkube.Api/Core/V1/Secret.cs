using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Core.V1;

/// <summary>A Secret holds a small amount of sensitive data, such as a password, token or key, which pods can use as environment variables or files.</summary>
/// <remarks>core/v1 Secret.</remarks>
[KubeKind("", "v1", "secrets")]
public sealed class Secret : KubeObject
{
    /// <summary>Upstream MaxSecretSize: the values of <see cref="Data"/> may total at most 1 MiB.</summary>
    public const int MaxSecretSize = 1024 * 1024;

    /// <summary>When true, the secret's data can no longer be changed; only metadata can. Once set, it cannot be unset.</summary>
    /// <remarks>When true only metadata may change afterwards.</remarks>
    public bool? Immutable { get; set; }

    /// <summary>The secret's values, base64-encoded, at most 1 MiB in total. Keys may contain letters, digits, '-', '_' and '.'.</summary>
    /// <remarks>Written as base64, as upstream's []byte values.</remarks>
    public Dictionary<string, byte[]>? Data { get; set; }

    /// <summary>Write-only values given as plain strings, for convenience; they are merged into data (winning on conflicts) and never returned.</summary>
    /// <remarks>Write-only convenience: the server merges it into <see cref="Data"/> and never returns it.</remarks>
    public Dictionary<string, string>? StringData { get; set; }

    /// <summary>The kind of secret, such as Opaque, kubernetes.io/tls or kubernetes.io/dockerconfigjson, which determines the keys it must contain. Defaults to Opaque. Immutable.</summary>
    /// <remarks>A <see cref="SecretType"/> value; defaults to Opaque upstream.</remarks>
    public string? Type { get; set; }
}
