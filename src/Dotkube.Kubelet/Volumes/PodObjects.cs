using Dotkube.Api.Core.V1;
using Dotkube.Client.Rest;

namespace Dotkube.Kubelet.Volumes;

/// <summary>
/// The ConfigMaps and Secrets a pod refers to (env, envFrom, configMap/secret/projected volumes),
/// read once per sync; a name maps to null when the object does not exist.
/// </summary>
public sealed class PodObjects(IReadOnlyDictionary<string, ConfigMap?> configMaps, IReadOnlyDictionary<string, Secret?> secrets)
{
    public static PodObjects Empty { get; } = new(new Dictionary<string, ConfigMap?>(), new Dictionary<string, Secret?>());

    public ConfigMap? ConfigMap(string? name) => name is null ? null : configMaps.GetValueOrDefault(name);

    public Secret? Secret(string? name) => name is null ? null : secrets.GetValueOrDefault(name);

    /// <summary>GETs every ConfigMap and Secret <paramref name="pod"/> refers to from the API (a NotFound is remembered as null).</summary>
    public static async Task<PodObjects> FetchAsync(KubeClient client, Pod pod, CancellationToken ct)
    {
        var (configMapNames, secretNames) = References(pod);
        var configMaps = new Dictionary<string, ConfigMap?>(StringComparer.Ordinal);
        foreach (var name in configMapNames)
            configMaps[name] = await GetAsync<ConfigMap>(client, pod.Metadata.Namespace ?? "", name, ct);
        var secrets = new Dictionary<string, Secret?>(StringComparer.Ordinal);
        foreach (var name in secretNames)
            secrets[name] = await GetAsync<Secret>(client, pod.Metadata.Namespace ?? "", name, ct);
        return new PodObjects(configMaps, secrets);
    }

    /// <summary>The names of the ConfigMaps and Secrets the pod's containers and volumes use.</summary>
    public static (SortedSet<string> ConfigMaps, SortedSet<string> Secrets) References(Pod pod)
    {
        var configMaps = new SortedSet<string>(StringComparer.Ordinal);
        var secrets = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var container in pod.Spec.Containers.Concat(pod.Spec.InitContainers ?? []))
        {
            foreach (var variable in container.Env ?? [])
            {
                Add(configMaps, variable.ValueFrom?.ConfigMapKeyRef?.Name);
                Add(secrets, variable.ValueFrom?.SecretKeyRef?.Name);
            }

            foreach (var source in container.EnvFrom ?? [])
            {
                Add(configMaps, source.ConfigMapRef?.Name);
                Add(secrets, source.SecretRef?.Name);
            }
        }

        foreach (var volume in pod.Spec.Volumes ?? [])
        {
            Add(configMaps, volume.ConfigMap?.Name);
            Add(secrets, volume.Secret?.SecretName);
            foreach (var projection in volume.Projected?.Sources ?? [])
            {
                Add(configMaps, projection.ConfigMap?.Name);
                Add(secrets, projection.Secret?.Name);
            }
        }

        return (configMaps, secrets);
    }

    private static void Add(SortedSet<string> names, string? name)
    {
        if (!string.IsNullOrEmpty(name))
            names.Add(name);
    }

    private static async Task<T?> GetAsync<T>(KubeClient client, string ns, string name, CancellationToken ct)
        where T : Api.Meta.KubeObject
    {
        try
        {
            return await client.GetAsync<T>(ns, name, ct);
        }
        catch (ApiStatusException e) when (e.IsNotFound)
        {
            return null;
        }
    }
}
