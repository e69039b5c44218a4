using Dotkube.Api.Schema;
using Dotkube.ApiServer.Errors;
using Dotkube.ApiServer.Registry;
using Microsoft.AspNetCore.Http;

namespace Dotkube.ApiServer.Http;

/// <summary>
/// The request entry point after authentication: resource paths go to <see cref="ResourceHandler"/>,
/// the rest (version, health, discovery, OpenAPI, metrics) to <see cref="NonResourceHandler"/>.
/// Every failure becomes a Status body; nothing escapes as a bare 500.
/// </summary>
public sealed class ApiHandler
{
    private readonly ResourceRegistry _registry;
    private readonly ResourceHandler _resources;
    private readonly NonResourceHandler _nonResources;

    public ApiHandler(ResourceRegistry registry, ResourceHandler resources, NonResourceHandler nonResources)
    {
        _registry = registry;
        _resources = resources;
        _nonResources = nonResources;
    }

    public async Task HandleAsync(HttpContext http)
    {
        try
        {
            var path = http.Request.Path.Value ?? "/";
            var watchQuery = RequestInfo.QueryFlag(http.Request.Query, "watch");
            var info = RequestInfo.Parse(http.Request.Method, path, watchQuery);
            if (!info.IsResourceRequest || !await TryHandleResourceAsync(http, info))
            {
                await _nonResources.HandleAsync(http, path);
            }
        }
        catch (ApiException e)
        {
            await WriteErrorAsync(http, e);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is nobody to answer.
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            await WriteErrorAsync(http, ApiErrors.InternalError(e.Message));
        }
    }

    private async Task<bool> TryHandleResourceAsync(HttpContext http, RequestInfo info)
    {
        var resource = Scheme.Default.FindResource(info.Group, info.Version, info.Resource);
        if (resource is null)
        {
            // An unknown resource in a served group/version gets a Status 404; an unknown group
            // falls through to the non-resource handler's 404.
            if (Scheme.Default.All.Any(r => r.Group == info.Group && r.Version == info.Version))
            {
                throw ApiErrors.PathNotFound();
            }

            return false;
        }

        // go-restful routes by path, then method: a served path asked with another method is 405.
        // The all-namespaces collection of a namespaced resource serves lists and watches only.
        if (resource.Namespaced && info.Namespace.Length == 0 && info.Name.Length == 0 && info.Verb is not ("list" or "watch"))
        {
            throw ApiErrors.MethodNotAllowed();
        }

        // Namespaced resources are addressed inside a namespace, except lists and watches across
        // all of them; cluster-scoped ones never are (/api/v1/namespaces/{name} names a namespace).
        var scopeMatches = resource.Namespaced
            ? info.Namespace.Length > 0 || info.Verb is "list" or "watch"
            : info.Namespace.Length == 0 || (resource.Group.Length == 0 && resource.Plural == "namespaces");
        if (!scopeMatches || (info.Subresource.Length > 0 && !resource.Subresources.Contains(info.Subresource)))
        {
            throw ApiErrors.PathNotFound();
        }

        // Collections take GET, POST and DELETE; objects GET, PUT, PATCH and DELETE.
        var routed = info.Name.Length == 0
            ? info.Verb is "list" or "watch" or "create" or "deletecollection"
            : info.Verb is "get" or "watch" or "update" or "patch" or "delete";
        if (info.Subresource.Length == 0 && !routed)
        {
            throw ApiErrors.MethodNotAllowed();
        }

        await _resources.HandleAsync(new ApiRequest(http, info, resource, _registry.For(resource)));
        return true;
    }

    private static Task WriteErrorAsync(HttpContext http, ApiException e)
    {
        if (http.Response.HasStarted)
        {
            return Task.CompletedTask;
        }

        http.Response.Clear();
        if (e.Status.Details?.RetryAfterSeconds is { } retry)
        {
            http.Response.Headers.RetryAfter = retry.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return ResponseWriter.WriteStatusAsync(http, e.Status);
    }
}
