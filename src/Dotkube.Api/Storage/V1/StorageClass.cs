using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Storage.V1;

/// <summary>storage.k8s.io/v1 StorageClass: a class of dynamically provisioned volumes. Fields sit at the top level, as upstream.</summary>
[KubeKind("storage.k8s.io", "v1", "storageclasses", Namespaced = false, ShortNames = ["sc"])]
public sealed class StorageClass : KubeObject
{
    /// <summary>The class annotated "true" is given to claims that name no class.</summary>
    public const string IsDefaultClassAnnotation = "storageclass.kubernetes.io/is-default-class";

    public string Provisioner { get; set; } = "";

    public Dictionary<string, string>? Parameters { get; set; }

    /// <summary>Delete (default) or Retain for the volumes it provisions.</summary>
    public string? ReclaimPolicy { get; set; }

    /// <summary>Not validated; a bad option fails the mount.</summary>
    public List<string>? MountOptions { get; set; }

    public bool? AllowVolumeExpansion { get; set; }

    /// <summary>Immediate when absent (<see cref="VolumeBindingMode"/>).</summary>
    public string? VolumeBindingMode { get; set; }

    /// <summary>Empty means no topology restriction.</summary>
    public List<TopologySelectorTerm>? AllowedTopologies { get; set; }
}
