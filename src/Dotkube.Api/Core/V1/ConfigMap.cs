using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Core.V1;

/// <summary>A ConfigMap holds non-secret configuration as key-value pairs, which pods can use as environment variables or as files in a volume.</summary>
/// <remarks>core/v1 ConfigMap. Keys of <see cref="Data"/> and <see cref="BinaryData"/> must not overlap (upstream validation).</remarks>
[KubeKind("", "v1", "configmaps", ShortNames = ["cm"])]
public sealed class ConfigMap : KubeObject
{
    /// <summary>When true, data and binaryData can no longer be changed; only metadata can. Once set, it cannot be unset.</summary>
    /// <remarks>When true only metadata may change afterwards.</remarks>
    public bool? Immutable { get; set; }

    /// <summary>Configuration values as UTF-8 strings. Keys may contain letters, digits, '-', '_' and '.', and must not also appear in binaryData.</summary>
    public Dictionary<string, string>? Data { get; set; }

    /// <summary>Binary configuration values, written base64-encoded. Keys must not also appear in data.</summary>
    /// <remarks>Written as base64, as upstream's []byte values.</remarks>
    public Dictionary<string, byte[]>? BinaryData { get; set; }
}
