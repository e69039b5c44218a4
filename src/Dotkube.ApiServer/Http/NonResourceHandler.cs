using System.Text;
using System.Text.Json;
using Dotkube.Api;
using Dotkube.Api.OpenApi;
using Dotkube.ApiServer.Errors;
using Microsoft.AspNetCore.Http;

namespace Dotkube.ApiServer.Http;

/// <summary>Paths that are not resources: /version, health checks, discovery, OpenAPI and metrics.</summary>
public sealed class NonResourceHandler
{
    private readonly HealthChecks _health;
    private readonly DiscoveryHandler _discovery;
    private readonly IReadOnlyDictionary<string, Func<HttpContext, Task>> _routes;

    public NonResourceHandler(HealthChecks health, DiscoveryHandler discovery, IReadOnlyDictionary<string, Func<HttpContext, Task>>? extraRoutes = null)
    {
        _health = health;
        _discovery = discovery;
        var routes = new Dictionary<string, Func<HttpContext, Task>>(StringComparer.Ordinal)
        {
            ["/version"] = WriteVersionAsync,
            ["/openapi/v3"] = http => ResponseWriter.WriteBytesAsync(http, 200, MediaTypes.Json, OpenApiDocuments.Default.Index()),
        };
        foreach (var (path, handler) in extraRoutes ?? new Dictionary<string, Func<HttpContext, Task>>())
        {
            routes[path] = handler;
        }

        _routes = routes;
    }

    public async Task HandleAsync(HttpContext http, string path)
    {
        var trimmed = path.Length > 1 ? path.TrimEnd('/') : path;
        if (_routes.TryGetValue(trimmed, out var route))
        {
            await route(http);
            return;
        }

        if (HealthChecks.IsHealthPath(trimmed))
        {
            await _health.HandleAsync(http, trimmed);
            return;
        }

        if (_discovery.CanServe(trimmed) && await _discovery.TryHandleAsync(http, trimmed))
        {
            return;
        }

        if (trimmed.StartsWith("/openapi/v3/", StringComparison.Ordinal))
        {
            var key = trimmed["/openapi/v3/".Length..];
            if (OpenApiDocuments.Default.Contains(key))
            {
                http.Response.Headers.ETag = $"\"{OpenApiDocuments.Default.Hash(key)}\"";
                // A request naming the current hash may be cached forever, as upstream allows.
                if (http.Request.Query.ContainsKey("hash"))
                {
                    http.Response.Headers.CacheControl = "public, immutable";
                }

                await ResponseWriter.WriteBytesAsync(http, 200, MediaTypes.Json, OpenApiDocuments.Default.Get(key));
                return;
            }
        }

        throw ApiErrors.PathNotFound();
    }

    private static Task WriteVersionAsync(HttpContext http)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string>
        {
            ["major"] = KubeVersion.Major,
            ["minor"] = KubeVersion.Minor,
            ["gitVersion"] = KubeVersion.GitVersion,
            ["gitCommit"] = "dotkube-" + KubeVersion.Dotkube,
            ["gitTreeState"] = "clean",
            ["buildDate"] = "1970-01-01T00:00:00Z",
            ["goVersion"] = "dotnet" + Environment.Version,
            ["compiler"] = "dotnet",
            ["platform"] = $"linux/{(System.Runtime.InteropServices.RuntimeInformation.OSArchitecture == System.Runtime.InteropServices.Architecture.Arm64 ? "arm64" : "amd64")}",
        });
        return ResponseWriter.WriteBytesAsync(http, 200, MediaTypes.Json, body);
    }

    public static Task WriteTextAsync(HttpContext http, string text, int statusCode = 200) =>
        ResponseWriter.WriteBytesAsync(http, statusCode, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(text));
}
