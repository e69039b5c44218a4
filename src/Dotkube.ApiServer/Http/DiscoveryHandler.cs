using Dotkube.ApiServer.Discovery;
using Microsoft.AspNetCore.Http;

namespace Dotkube.ApiServer.Http;

/// <summary>
/// Serves /api, /apis and their group and group/version documents; /api and /apis answer the
/// aggregated form (apidiscovery.k8s.io v2 or v2beta1) when the client asks for it, with an
/// ETag and 304 on a matching If-None-Match.
/// </summary>
public sealed class DiscoveryHandler
{
    private readonly Lazy<DiscoveryDocuments> _documents;

    /// <param name="serverAddress">host:port for serverAddressByClientCIDRs, known once the server listens.</param>
    public DiscoveryHandler(Func<string> serverAddress) =>
        _documents = new Lazy<DiscoveryDocuments>(() => DiscoveryDocuments.FromScheme(serverAddress()));

    public bool CanServe(string path) => path == "/api" || path == "/apis" || path.StartsWith("/api/", StringComparison.Ordinal)
        || path.StartsWith("/apis/", StringComparison.Ordinal);

    /// <summary>False when the path is no discovery document (the caller answers 404).</summary>
    public async Task<bool> TryHandleAsync(HttpContext http, string path)
    {
        var documents = _documents.Value;
        if (path is "/api" or "/apis"
            && DiscoveryMediaTypes.TryNegotiateAggregated(http.Request.Headers.Accept.ToString(), out var version))
        {
            var document = documents.GetAggregated(path == "/api" ? DiscoveryRoot.Api : DiscoveryRoot.Apis, version.Value);
            http.Response.Headers.ETag = document.ETag;
            http.Response.Headers.Vary = "Accept";
            http.Response.Headers.CacheControl = "public";
            if (document.IsNotModified(http.Request.Headers.IfNoneMatch.ToString()))
            {
                http.Response.StatusCode = 304;
                return true;
            }

            await ResponseWriter.WriteBytesAsync(http, 200, document.ContentType, document.Json);
            return true;
        }

        if (!documents.TryGetJson(path, out var json))
        {
            return false;
        }

        await ResponseWriter.WriteBytesAsync(http, 200, MediaTypes.Json, json);
        return true;
    }
}
