using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Dotkube.ApiServer.Tests.BadInput;

/// <summary>
/// Everything stored, read back through the API: discovery names every group, version and
/// listable resource; each list's items are keyed "group/version resource namespace/name" and
/// fingerprinted by resourceVersion and a hash of their JSON. Equal digests mean no object was
/// created, changed or deleted between two snapshots.
/// </summary>
public sealed class ClusterChecksum
{
    private ClusterChecksum(SortedDictionary<string, string> entries)
    {
        Entries = entries;
        Digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            string.Join('\n', entries.Select(e => $"{e.Key} {e.Value}")))));
    }

    public IReadOnlyDictionary<string, string> Entries { get; }

    public string Digest { get; }

    public static async Task<ClusterChecksum> TakeAsync(HttpClient client)
    {
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var groupVersion in await GroupVersionsAsync(client))
        {
            var prefix = groupVersion.Contains('/', StringComparison.Ordinal) ? $"/apis/{groupVersion}" : $"/api/{groupVersion}";
            var resources = (await GetJsonAsync(client, prefix))["resources"]!.AsArray();
            foreach (var resource in resources.Select(r => r!.AsObject()))
            {
                var name = resource["name"]!.GetValue<string>();
                var verbs = resource["verbs"]!.AsArray().Select(v => v!.GetValue<string>());
                if (name.Contains('/', StringComparison.Ordinal) || !verbs.Contains("list"))
                {
                    continue;
                }

                foreach (var item in (await GetJsonAsync(client, $"{prefix}/{name}"))["items"]!.AsArray())
                {
                    var meta = item!["metadata"]!;
                    var key = $"{groupVersion} {name} {meta["namespace"]?.GetValue<string>() ?? ""}/{meta["name"]!.GetValue<string>()}";
                    var content = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(item.ToJsonString())));
                    entries[key] = $"rv={meta["resourceVersion"]?.GetValue<string>()} sha256={content}";
                }
            }
        }

        return new ClusterChecksum(entries);
    }

    /// <summary>What differs from <paramref name="before"/>, one line per object, for a failure message.</summary>
    public IEnumerable<string> Differences(ClusterChecksum before)
    {
        foreach (var key in before.Entries.Keys.Union(Entries.Keys).Order(StringComparer.Ordinal))
        {
            var had = before.Entries.GetValueOrDefault(key);
            var has = Entries.GetValueOrDefault(key);
            if (had != has)
            {
                yield return (had, has) switch
                {
                    (null, _) => $"created {key}",
                    (_, null) => $"deleted {key}",
                    _ => $"changed {key}: {had} -> {has}",
                };
            }
        }
    }

    private static async Task<List<string>> GroupVersionsAsync(HttpClient client)
    {
        var versions = (await GetJsonAsync(client, "/api"))["versions"]!.AsArray().Select(v => v!.GetValue<string>()).ToList();
        foreach (var group in (await GetJsonAsync(client, "/apis"))["groups"]!.AsArray())
        {
            versions.AddRange(group!["versions"]!.AsArray().Select(v => v!["groupVersion"]!.GetValue<string>()));
        }

        return versions;
    }

    private static async Task<JsonObject> GetJsonAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!.AsObject();
    }
}
