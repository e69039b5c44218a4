using Dotkube.Api.Meta;
using Dotkube.ApiServer.Errors;
using Dotkube.ApiServer.Registry;

namespace Dotkube.ApiServer.Http;

public sealed partial class ResourceHandler
{
    private async Task GetAsync(ApiRequest request)
    {
        var form = Negotiate(request);
        if (request.Query("resourceVersion") is { Length: > 0 } resourceVersion && !ulong.TryParse(resourceVersion,
                System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            // Upstream's watch cache answers 500 here (kubernetes#139485); a client error it is.
            throw ApiErrors.BadRequest($"invalid resource version: {resourceVersion}");
        }

        var obj = await request.Store.GetRequiredAsync(request.Namespace, request.Info.Name, request.Aborted);
        await ResponseWriter.WriteAsync(request, 200, obj, form, TableFor(request));
    }

    private async Task ListAsync(ApiRequest request)
    {
        var form = Negotiate(request);
        RequestOptions.ValidateList(request, watch: false);
        var list = await ReadListAsync(request, ListSelectors.From(request));
        await ResponseWriter.WriteAsync(request, 200, list, form, TableFor(request));
    }

    /// <summary>
    /// A list with upstream's resourceVersion semantics: unset = a consistent read of the latest
    /// state; "0" or N with NotOlderThan = at least that fresh (the latest is); N with Exact = at
    /// exactly N (410 once compacted); limit + continue page through one snapshot.
    /// </summary>
    private async Task<IKubeList> ReadListAsync(ApiRequest request, ListSelectors selectors)
    {
        var limit = request.QueryInt("limit") ?? 0;
        if (limit < 0)
        {
            limit = 0;
        }

        var prefix = ResourceKeys.ListPrefix(request.Resource, request.Namespace);
        var resourceVersion = request.Query("resourceVersion");
        var match = request.Query("resourceVersionMatch");
        var token = request.Query("continue");
        long atRevision = 0;
        string? after = null;

        if (!string.IsNullOrEmpty(token))
        {
            if (!string.IsNullOrEmpty(resourceVersion) && resourceVersion != "0")
            {
                throw ApiErrors.BadRequest("specifying resource version is not allowed when using continue");
            }

            var parsed = ContinueToken.Decode(token);
            atRevision = parsed.Revision;
            after = prefix + parsed.StartAfter;
            if (atRevision <= request.Store.Store.CompactedRevision)
            {
                throw ApiErrors.Expired(ContinueToken.ExpiredMessage);
            }
        }
        else
        {
            atRevision = ResolveListRevision(request, resourceVersion, match);
            await WaitForRevisionAsync(request, resourceVersion);
        }

        var items = new List<KubeObject>();
        var more = false;
        long remaining = 0;
        string? lastKey = null;
        while (true)
        {
            // Selectors filter after reading, so with one, read pages of at least 100 until the
            // limit is filled, as upstream's etcd3 store does. Every page reads at the first
            // page's revision: one snapshot.
            var wanted = limit == 0 ? 0 : limit - items.Count;
            var pageSize = selectors.IsEverything || wanted == 0 ? wanted : Math.Max(wanted, 100);
            var (objects, page) = await request.Store.RangeAsync(prefix, atRevision, pageSize, after, request.Aborted);
            atRevision = page.Revision;
            var consumed = 0;
            foreach (var (obj, kv) in objects.Zip(page.Items))
            {
                if (limit > 0 && items.Count == limit)
                {
                    break;
                }

                consumed++;
                lastKey = kv.Key;
                if (selectors.Matches(request.Resource, obj))
                {
                    items.Add(obj);
                }
            }

            var unconsumed = page.Items.Count - consumed;
            more = unconsumed > 0 || page.More;
            if (!more || (limit > 0 && items.Count == limit))
            {
                remaining = page.RemainingCount + unconsumed;
                break;
            }

            after = lastKey;
        }

        var meta = new ListMeta { ResourceVersion = atRevision.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (more && lastKey is not null)
        {
            meta.Continue = ContinueToken.Encode(atRevision, lastKey[prefix.Length..]);
            if (selectors.IsEverything && remaining > 0)
            {
                meta.RemainingItemCount = remaining;
            }
        }

        return ResponseWriter.NewList(request.Resource, items, meta);
    }

    private static long ResolveListRevision(ApiRequest request, string? resourceVersion, string? match)
    {
        // resourceVersionMatch was checked with the ListOptions (RequestOptions.ValidateList).
        if (string.IsNullOrEmpty(resourceVersion))
        {
            return 0;
        }

        if (!long.TryParse(resourceVersion, out var revision) || revision < 0)
        {
            throw ApiErrors.BadRequest($"invalid resource version: {resourceVersion}");
        }

        return match switch
        {
            "Exact" => revision <= request.Store.Store.CompactedRevision
                ? throw ApiErrors.Expired($"too old resource version: {revision} ({request.Store.Store.CompactedRevision + 1})")
                : revision,
            _ => 0,
        };
    }
}
