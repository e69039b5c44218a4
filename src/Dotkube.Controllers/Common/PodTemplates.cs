using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Serialization;

namespace Dotkube.Controllers.Common;

/// <summary>Pods made from a controller's pod template (upstream's GetPodFromTemplate).</summary>
public static class PodTemplates
{
    /// <summary>Longest generateName the API server accepts: a DNS subdomain once the random suffix replaces the trailing dash.</summary>
    private const int MaxNameLength = 253;

    /// <summary>
    /// A new pod of <paramref name="owner"/>: the template's labels, annotations, finalizers and
    /// (copied) spec, generateName "&lt;owner&gt;-" (just the owner's name when that would be too long),
    /// and <paramref name="controllerRef"/>. The template itself is not modified, so it may be a
    /// shared informer object.
    /// </summary>
    public static Pod FromTemplate(PodTemplateSpec template, KubeObject owner, OwnerReference? controllerRef)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(owner);
        var source = template.Metadata;
        return new Pod
        {
            Metadata = new ObjectMeta
            {
                GenerateName = NamePrefix(owner.Metadata.Name ?? ""),
                Namespace = owner.Metadata.Namespace,
                Labels = source.Labels is null ? null : new Dictionary<string, string>(source.Labels),
                Annotations = source.Annotations is null ? null : new Dictionary<string, string>(source.Annotations),
                Finalizers = source.Finalizers is null ? null : [.. source.Finalizers],
                OwnerReferences = controllerRef is null ? null : [controllerRef],
            },
            Spec = KubeJson.Deserialize<PodSpec>(KubeJson.Serialize(template.Spec)),
        };
    }

    /// <summary>"name-" so that generated names read well, as upstream's getPodsPrefix.</summary>
    public static string NamePrefix(string ownerName) => ownerName.Length + 1 > MaxNameLength ? ownerName : ownerName + "-";
}
