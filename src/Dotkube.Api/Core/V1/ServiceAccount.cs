using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 ServiceAccount: an identity for processes in pods.</summary>
[KubeKind("", "v1", "serviceaccounts", ShortNames = ["sa"], Subresources = ["token"])]
public sealed class ServiceAccount : KubeObject
{
    /// <summary>Only limits pods when the kubernetes.io/enforce-mountable-secrets annotation is "true".</summary>
    [PatchStrategy("merge")]
    [PatchMergeKey("name")]
    public List<ObjectReference>? Secrets { get; set; }

    public List<LocalObjectReference>? ImagePullSecrets { get; set; }

    public bool? AutomountServiceAccountToken { get; set; }
}
