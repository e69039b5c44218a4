using System.Collections.Concurrent;
using Dotkube.Api.Meta;
using Dotkube.Client.Rest;

namespace Dotkube.Client.Dynamic;

/// <summary>
/// Legacy discovery (/api, /api/v1, /apis, /apis/{group}/{version}) reduced to what controllers
/// that handle every resource need: client-go's ServerPreferredResources. Each call reads the
/// server afresh, so resources added later (a new CRD) show up on the next call.
/// </summary>
public sealed class DiscoveryClient(KubeClient client)
{
    /// <summary>
    /// Every top-level resource (no subresources) of each group's preferred version. A group
    /// version that fails to answer is reported in <see cref="DiscoveryResult.FailedGroups"/>;
    /// only failing to read /api or /apis throws.
    /// </summary>
    public async Task<DiscoveryResult> ServerPreferredResourcesAsync(CancellationToken ct = default)
    {
        var legacy = await client.SendAsync<APIVersions>(HttpMethod.Get, "/api", null, ct).ConfigureAwait(false);
        var groups = await client.SendAsync<APIGroupList>(HttpMethod.Get, "/apis", null, ct).ConfigureAwait(false);
        var groupVersions = new List<(string Group, string Version)>();
        if (legacy.Versions.Count > 0)
            groupVersions.Add(("", legacy.Versions[0]));
        foreach (var group in groups.Groups)
        {
            var version = group.PreferredVersion?.Version ?? group.Versions.FirstOrDefault()?.Version;
            if (!string.IsNullOrEmpty(version))
                groupVersions.Add((group.Name, version));
        }

        var failed = new ConcurrentDictionary<string, string>();
        var lists = await Task.WhenAll(groupVersions.Select(async gv =>
        {
            var path = gv.Group.Length == 0 ? $"/api/{gv.Version}" : $"/apis/{gv.Group}/{gv.Version}";
            try
            {
                var list = await client.SendAsync<APIResourceList>(HttpMethod.Get, path, null, ct).ConfigureAwait(false);
                return list.Resources.Where(r => !r.Name.Contains('/', StringComparison.Ordinal))
                    .Select(r => new ApiResource(gv.Group, gv.Version, r.Name, r.Kind, r.Namespaced, r.Verbs.ToHashSet()))
                    .ToList();
            }
            catch (Exception e) when (e is ApiStatusException or HttpRequestException or System.Text.Json.JsonException)
            {
                failed[gv.Group.Length == 0 ? gv.Version : $"{gv.Group}/{gv.Version}"] = e.Message;
                return [];
            }
        })).ConfigureAwait(false);
        return new DiscoveryResult([.. lists.SelectMany(l => l)], failed);
    }
}
