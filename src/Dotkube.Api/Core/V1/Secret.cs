using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 Secret.</summary>
[KubeKind("", "v1", "secrets")]
public sealed class Secret : KubeObject
{
    /// <summary>Upstream MaxSecretSize: the values of <see cref="Data"/> may total at most 1 MiB.</summary>
    public const int MaxSecretSize = 1024 * 1024;

    /// <summary>When true only metadata may change afterwards.</summary>
    public bool? Immutable { get; set; }

    /// <summary>Written as base64, as upstream's []byte values.</summary>
    public Dictionary<string, byte[]>? Data { get; set; }

    /// <summary>Write-only convenience: the server merges it into <see cref="Data"/> and never returns it.</summary>
    public Dictionary<string, string>? StringData { get; set; }

    /// <summary>A <see cref="SecretType"/> value; defaults to Opaque upstream.</summary>
    public string? Type { get; set; }
}
