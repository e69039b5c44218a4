using System.Text;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Values;

namespace Dotkube.Kubelet.Volumes;

/// <summary>
/// The files of configMap, secret, downwardAPI and projected volumes, as upstream's MakePayload and
/// CollectData: every key (data and binaryData) with the default mode when no items are given,
/// else each item's key at its path with its own mode or the default; a missing key fails unless
/// the source is optional; a missing optional object gives no files.
/// </summary>
public static class VolumePayloads
{
    public static Dictionary<string, FileProjection> ConfigMap(ConfigMap? configMap, string name, List<KeyToPath>? items, int mode, bool optional)
    {
        if (configMap is null && !optional)
            throw new VolumeSetupException($"configmap \"{name}\" not found");
        var data = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (key, value) in configMap?.Data ?? [])
            data[key] = Encoding.UTF8.GetBytes(value);
        foreach (var (key, value) in configMap?.BinaryData ?? [])
            data.TryAdd(key, value);
        return Project(data, items, mode, optional || configMap is null, key => $"configmap references non-existent config key: {key}");
    }

    public static Dictionary<string, FileProjection> Secret(Secret? secret, string name, List<KeyToPath>? items, int mode, bool optional)
    {
        if (secret is null && !optional)
            throw new VolumeSetupException($"secret \"{name}\" not found");
        var data = new Dictionary<string, byte[]>(secret?.Data ?? [], StringComparer.Ordinal);
        return Project(data, items, mode, optional || secret is null, key => $"secret references non-existent secret key: {key}");
    }

    public static Dictionary<string, FileProjection> DownwardApi(Pod pod, List<DownwardAPIVolumeFile>? items, int mode,
        IReadOnlyDictionary<string, Quantity> allocatable)
    {
        var payload = new Dictionary<string, FileProjection>(StringComparer.Ordinal);
        foreach (var item in items ?? [])
        {
            string value;
            try
            {
                value = item.FieldRef is { } field
                    ? Volumes.DownwardApi.ExtractFieldPath(pod, field.FieldPath)
                    : item.ResourceFieldRef is { } resource
                        ? Volumes.DownwardApi.ResourceValue(resource, pod, null, allocatable)
                        : "";
            }
            catch (DownwardApiException e)
            {
                throw new VolumeSetupException(e.Message, e);
            }

            payload[item.Path] = new FileProjection(Encoding.UTF8.GetBytes(value), item.Mode ?? mode);
        }

        return payload;
    }

    /// <summary>
    /// A projected volume's sources merged into one payload (later sources win a path). Service
    /// account tokens come from <paramref name="token"/>; a null token leaves the file out.
    /// </summary>
    public static Dictionary<string, FileProjection> Projected(Pod pod, ProjectedVolumeSource source, PodObjects objects,
        IReadOnlyDictionary<string, Quantity> allocatable, Func<ServiceAccountTokenProjection, string?> token)
    {
        var mode = source.DefaultMode ?? ConfigMapVolumeSource.DefaultModeValue;
        var payload = new Dictionary<string, FileProjection>(StringComparer.Ordinal);
        foreach (var projection in source.Sources)
        {
            var files = projection switch
            {
                { ConfigMap: { } c } => ConfigMap(objects.ConfigMap(c.Name), c.Name ?? "", c.Items, mode, c.Optional == true),
                { Secret: { } s } => Secret(objects.Secret(s.Name), s.Name ?? "", s.Items, mode, s.Optional == true),
                { DownwardAPI: { } d } => DownwardApi(pod, d.Items, mode, allocatable),
                { ServiceAccountToken: { } t } => token(t) is { } jwt
                    ? new Dictionary<string, FileProjection> { [t.Path] = new(Encoding.UTF8.GetBytes(jwt), mode) }
                    : [],
                _ => [],
            };
            foreach (var (path, file) in files)
                payload[path] = file;
        }

        return payload;
    }

    private static Dictionary<string, FileProjection> Project(Dictionary<string, byte[]> data, List<KeyToPath>? items, int mode, bool optional,
        Func<string, string> missing)
    {
        var payload = new Dictionary<string, FileProjection>(StringComparer.Ordinal);
        if (items is not { Count: > 0 })
        {
            foreach (var (key, value) in data)
                payload[key] = new FileProjection(value, mode);
            return payload;
        }

        foreach (var item in items)
        {
            if (data.TryGetValue(item.Key, out var value))
                payload[item.Path] = new FileProjection(value, item.Mode ?? mode);
            else if (!optional)
                throw new VolumeSetupException(missing(item.Key));
        }

        return payload;
    }
}
