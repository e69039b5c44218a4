using Dotkube.Api.Core.V1;

namespace Dotkube.Kubelet.Pods;

/// <summary>
/// A container's environment as upstream's makeEnvironmentVariables: plain values and the
/// downward API's fieldRef paths, each value expanded against the variables declared before it.
/// </summary>
public static class ContainerEnv
{
    /// <summary>The variables in declaration order (a later one of the same name wins, as upstream).</summary>
    public static List<KeyValuePair<string, string>> For(Pod pod, Container container, IReadOnlyList<string> podIPs, IReadOnlyList<string> hostIPs)
    {
        var values = new Dictionary<string, string>();
        var ordered = new List<KeyValuePair<string, string>>();
        foreach (var variable in container.Env ?? [])
        {
            var value = variable.ValueFrom?.FieldRef is { } fieldRef
                ? FieldValue(pod, fieldRef.FieldPath, podIPs, hostIPs)
                : EnvExpansion.Expand(variable.Value ?? "", values);
            values[variable.Name] = value;
            ordered.RemoveAll(v => v.Key == variable.Name);
            ordered.Add(new(variable.Name, value));
        }

        return ordered;
    }

    /// <summary>The downward API's fieldRef values (upstream's podFieldSelectorRuntimeValue and ExtractFieldPathAsString).</summary>
    public static string FieldValue(Pod pod, string path, IReadOnlyList<string> podIPs, IReadOnlyList<string> hostIPs)
    {
        if (Subscript(path, "metadata.labels") is { } label)
            return pod.Metadata.Labels?.GetValueOrDefault(label) ?? "";
        if (Subscript(path, "metadata.annotations") is { } annotation)
            return pod.Metadata.Annotations?.GetValueOrDefault(annotation) ?? "";
        return path switch
        {
            "metadata.name" => pod.Name(),
            "metadata.namespace" => pod.Namespace(),
            "metadata.uid" => pod.Uid(),
            "spec.nodeName" => pod.Spec.NodeName ?? "",
            "spec.serviceAccountName" => pod.Spec.ServiceAccountName ?? "",
            "status.podIP" => podIPs.Count > 0 ? podIPs[0] : "",
            "status.podIPs" => string.Join(',', podIPs),
            "status.hostIP" => hostIPs.Count > 0 ? hostIPs[0] : "",
            "status.hostIPs" => string.Join(',', hostIPs),
            _ => throw new NotSupportedException($"unsupported fieldRef path {path}"),
        };
    }

    private static string? Subscript(string path, string field) =>
        path.StartsWith(field + "['", StringComparison.Ordinal) && path.EndsWith("']", StringComparison.Ordinal)
            ? path[(field.Length + 2)..^2]
            : null;
}
