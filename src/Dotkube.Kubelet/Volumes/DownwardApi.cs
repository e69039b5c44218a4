using System.Globalization;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Values;

namespace Dotkube.Kubelet.Volumes;

/// <summary>
/// The downward API's values as upstream computes them: pod metadata fields
/// (fieldpath.ExtractFieldPathAsString, labels and annotations as sorted <c>key="value"</c> lines)
/// and container resources (ExtractContainerResourceValue: the quantity divided by the divisor,
/// rounded up; a missing limit defaults to the node's allocatable).
/// </summary>
public static class DownwardApi
{
    /// <summary>The metadata fields a downwardAPI volume can show; env's fieldRef falls back here too.</summary>
    public static string ExtractFieldPath(Pod pod, string fieldPath)
    {
        if (SplitSubscript(fieldPath) is var (path, key))
        {
            return path switch
            {
                "metadata.annotations" => pod.Metadata.Annotations?.GetValueOrDefault(key) ?? "",
                "metadata.labels" => pod.Metadata.Labels?.GetValueOrDefault(key) ?? "",
                _ => throw new DownwardApiException($"fieldPath \"{fieldPath}\" does not support subscript"),
            };
        }

        return fieldPath switch
        {
            "metadata.annotations" => FormatMap(pod.Metadata.Annotations),
            "metadata.labels" => FormatMap(pod.Metadata.Labels),
            "metadata.name" => pod.Metadata.Name ?? "",
            "metadata.namespace" => pod.Metadata.Namespace ?? "",
            "metadata.uid" => pod.Metadata.Uid ?? "",
            _ => throw new DownwardApiException($"unsupported fieldPath: {fieldPath}"),
        };
    }

    /// <summary>upstream's fieldpath.FormatMap: one <c>key="value"</c> line per key in key order (values Go-quoted), no final newline.</summary>
    public static string FormatMap(IReadOnlyDictionary<string, string>? map)
    {
        if (map is null || map.Count == 0)
            return "";
        var lines = map.Keys.Order(StringComparer.Ordinal).Select(key => key + "=" + GoStrings.Quote(map[key]));
        return string.Join('\n', lines);
    }

    /// <summary>
    /// A container's resource as text (upstream's ExtractResourceValueByContainerNameAndNodeAllocatable):
    /// the container is <paramref name="selector"/>'s containerName when set, else <paramref name="container"/>.
    /// </summary>
    public static string ResourceValue(ResourceFieldSelector selector, Pod pod, Container? container,
        IReadOnlyDictionary<string, Quantity> allocatable)
    {
        if (!string.IsNullOrEmpty(selector.ContainerName))
        {
            container = pod.Spec.Containers.Concat(pod.Spec.InitContainers ?? []).FirstOrDefault(c => c.Name == selector.ContainerName)
                ?? throw new DownwardApiException($"container {selector.ContainerName} not found");
        }

        if (container is null)
            throw new DownwardApiException("a resourceFieldRef needs a containerName");
        var divisor = selector.Divisor.IsZero ? Quantity.FromInt64(1) : selector.Divisor;
        var (kind, resource) = selector.Resource.IndexOf('.', StringComparison.Ordinal) is var dot and > 0
            ? (selector.Resource[..dot], selector.Resource[(dot + 1)..])
            : ("", selector.Resource);
        var supported = resource is "cpu" or "memory" or "ephemeral-storage" || resource.StartsWith("hugepages-", StringComparison.Ordinal);
        if (kind is not ("limits" or "requests") || !supported)
            throw new DownwardApiException($"unsupported container resource : {selector.Resource}");

        var values = kind == "limits" ? container.Resources.Limits : container.Resources.Requests;
        var value = values?.GetValueOrDefault(resource);
        // As upstream's MergeContainerResourceLimits: no limit means the node's allocatable.
        if (value is null && kind == "limits" && resource is "cpu" or "memory" or "ephemeral-storage")
            value = allocatable.GetValueOrDefault(resource);
        value ??= Quantity.Zero;
        return resource == "cpu"
            ? CeilDivide(value.MilliValue(), divisor.MilliValue())
            : CeilDivide(value.Value(), divisor.Value());
    }

    private static string CeilDivide(long value, long divisor) =>
        ((long)Math.Ceiling((double)value / divisor)).ToString(CultureInfo.InvariantCulture);

    /// <summary>metadata.labels['key'] -> ("metadata.labels", "key"), as upstream's SplitMaybeSubscriptedPath.</summary>
    private static (string Path, string Key)? SplitSubscript(string fieldPath)
    {
        if (!fieldPath.EndsWith("']", StringComparison.Ordinal))
            return null;
        var open = fieldPath.IndexOf("['", StringComparison.Ordinal);
        return open < 0 ? null : (fieldPath[..open], fieldPath[(open + 2)..^2]);
    }
}
