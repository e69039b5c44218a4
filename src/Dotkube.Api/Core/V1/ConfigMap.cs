using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 ConfigMap. Keys of <see cref="Data"/> and <see cref="BinaryData"/> must not overlap (upstream validation).</summary>
[KubeKind("", "v1", "configmaps", ShortNames = ["cm"])]
public sealed class ConfigMap : KubeObject
{
    /// <summary>When true only metadata may change afterwards.</summary>
    public bool? Immutable { get; set; }

    public Dictionary<string, string>? Data { get; set; }

    /// <summary>Written as base64, as upstream's []byte values.</summary>
    public Dictionary<string, byte[]>? BinaryData { get; set; }
}
