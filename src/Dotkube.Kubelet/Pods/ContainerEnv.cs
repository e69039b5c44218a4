using System.Text;
using Dotkube.Api.Core.V1;
using Dotkube.Kubelet.Volumes;

namespace Dotkube.Kubelet.Pods;

/// <summary>
/// A container's environment as upstream's makeEnvironmentVariables: envFrom's ConfigMaps and
/// Secrets first (with their prefix), then env in declaration order, which wins over envFrom; a
/// value is $(VAR)-expanded against the variables so far and the service links; valueFrom reads
/// the downward API (fieldRef, resourceFieldRef) or a ConfigMap/Secret key; then the service
/// link variables the container does not define itself. A missing object or key that is not
/// optional fails with upstream's message (<see cref="ContainerConfigException"/>).
/// </summary>
public static class ContainerEnv
{
    /// <summary>The variables in order: envFrom's, then env's (a later one of the same name replaces an earlier one), then service links.</summary>
    public static List<KeyValuePair<string, string>> For(Pod pod, Container container, IReadOnlyList<string> podIPs, IReadOnlyList<string> hostIPs,
        ContainerSources? sources = null)
    {
        sources ??= ContainerSources.None;
        var ns = pod.Namespace();
        var services = ServiceEnvVars.For(ns, pod.Spec.EnableServiceLinks != false, sources.Services);
        var serviceValues = services.ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal);

        // $(VAR) sees the container's own variables so far, then the service links (upstream's MappingFuncFor).
        var env = new OrderedEnv(serviceValues);
        foreach (var source in container.EnvFrom ?? [])
            AddEnvFrom(env, source, ns, sources);

        foreach (var variable in container.Env ?? [])
        {
            if (Resolve(pod, container, variable, podIPs, hostIPs, sources, env.Lookup) is { } value)
                env.Set(variable.Name, value);
        }

        var result = env.ToList();
        result.AddRange(services.Where(s => !env.Has(s.Key)));
        return result;
    }

    /// <summary>The downward API's fieldRef values for env (upstream's podFieldSelectorRuntimeValue, then ExtractFieldPathAsString).</summary>
    public static string FieldValue(Pod pod, string path, IReadOnlyList<string> podIPs, IReadOnlyList<string> hostIPs) => path switch
    {
        "spec.nodeName" => pod.Spec.NodeName ?? "",
        "spec.serviceAccountName" => pod.Spec.ServiceAccountName ?? "",
        "status.podIP" => podIPs.Count > 0 ? podIPs[0] : "",
        "status.podIPs" => string.Join(',', podIPs),
        "status.hostIP" => hostIPs.Count > 0 ? hostIPs[0] : "",
        "status.hostIPs" => string.Join(',', hostIPs),
        _ => DownwardApi.ExtractFieldPath(pod, path),
    };

    /// <summary>A variable's value; null when an optional source is missing (the variable is left out).</summary>
    private static string? Resolve(Pod pod, Container container, EnvVar variable, IReadOnlyList<string> podIPs, IReadOnlyList<string> hostIPs,
        ContainerSources sources, IReadOnlyDictionary<string, string> lookup)
    {
        if (!string.IsNullOrEmpty(variable.Value) || variable.ValueFrom is not { } from)
            return EnvExpansion.Expand(variable.Value ?? "", lookup);
        try
        {
            if (from.FieldRef is { } field)
                return FieldValue(pod, field.FieldPath, podIPs, hostIPs);
            if (from.ResourceFieldRef is { } resource)
                return DownwardApi.ResourceValue(resource, pod, container, sources.Allocatable);
        }
        catch (DownwardApiException e)
        {
            throw new ContainerConfigException(e.Message, e);
        }

        var ns = pod.Namespace();
        if (from.ConfigMapKeyRef is { } configMapKey)
        {
            var optional = configMapKey.Optional == true;
            var configMap = sources.Objects.ConfigMap(configMapKey.Name);
            if (configMap is null)
                return optional ? null : throw new ContainerConfigException($"configmap \"{configMapKey.Name}\" not found");
            if (configMap.Data?.TryGetValue(configMapKey.Key, out var value) == true)
                return value;
            return optional ? null : throw new ContainerConfigException($"couldn't find key {configMapKey.Key} in ConfigMap {ns}/{configMapKey.Name}");
        }

        if (from.SecretKeyRef is { } secretKey)
        {
            var optional = secretKey.Optional == true;
            var secret = sources.Objects.Secret(secretKey.Name);
            if (secret is null)
                return optional ? null : throw new ContainerConfigException($"secret \"{secretKey.Name}\" not found");
            if (secret.Data?.TryGetValue(secretKey.Key, out var bytes) == true)
                return Encoding.UTF8.GetString(bytes);
            return optional ? null : throw new ContainerConfigException($"couldn't find key {secretKey.Key} in Secret {ns}/{secretKey.Name}");
        }

        return "";
    }

    private static void AddEnvFrom(OrderedEnv env, EnvFromSource source, string ns, ContainerSources sources)
    {
        IEnumerable<KeyValuePair<string, string>> values;
        string kind, name;
        if (source.ConfigMapRef is { } configMapRef)
        {
            (kind, name) = ("configMap", configMapRef.Name ?? "");
            var configMap = sources.Objects.ConfigMap(name);
            if (configMap is null)
            {
                if (configMapRef.Optional == true)
                    return;
                throw new ContainerConfigException($"configmap \"{name}\" not found");
            }

            values = configMap.Data ?? [];
        }
        else if (source.SecretRef is { } secretRef)
        {
            (kind, name) = ("secret", secretRef.Name ?? "");
            var secret = sources.Objects.Secret(name);
            if (secret is null)
            {
                if (secretRef.Optional == true)
                    return;
                throw new ContainerConfigException($"secret \"{name}\" not found");
            }

            values = (secret.Data ?? []).Select(d => new KeyValuePair<string, string>(d.Key, Encoding.UTF8.GetString(d.Value)));
        }
        else
        {
            return;
        }

        var invalid = new List<string>();
        foreach (var (key, value) in values)
        {
            var variable = (source.Prefix ?? "") + key;
            if (IsEnvVarName(variable))
                env.Set(variable, value);
            else
                invalid.Add(variable);
        }

        if (invalid.Count > 0)
        {
            invalid.Sort(StringComparer.Ordinal);
            sources.Warn("InvalidEnvironmentVariableNames",
                $"Keys [{string.Join(", ", invalid)}] from the EnvFrom {kind} {ns}/{name} were skipped since they are considered invalid environment variable names.");
        }
    }

    /// <summary>upstream's IsRelaxedEnvVarName (RelaxedEnvironmentVariableValidation, on since 1.32): printable ASCII but '='.</summary>
    public static bool IsEnvVarName(string name) => name.Length > 0 && name.All(c => c is >= ' ' and <= '~' and not '=');

    /// <summary>Variables in first-declared order where a redeclaration moves the variable to the end, as env's order reads.</summary>
    private sealed class OrderedEnv(Dictionary<string, string> serviceValues)
    {
        private readonly List<string> _order = [];
        private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

        /// <summary>The container's variables over the service links.</summary>
        public Dictionary<string, string> Lookup { get; } = new(serviceValues, StringComparer.Ordinal);

        public bool Has(string name) => _values.ContainsKey(name);

        public void Set(string name, string value)
        {
            if (_values.ContainsKey(name))
                _order.Remove(name);
            _order.Add(name);
            _values[name] = value;
            Lookup[name] = value;
        }

        public List<KeyValuePair<string, string>> ToList() => [.. _order.Select(n => new KeyValuePair<string, string>(n, _values[n]))];
    }
}
