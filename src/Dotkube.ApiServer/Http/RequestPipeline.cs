using System.Diagnostics;
using Dotkube.ApiServer.Errors;
using Dotkube.ApiServer.Metrics;
using Dotkube.ApiServer.Security;
using Microsoft.AspNetCore.Http;

namespace Dotkube.ApiServer.Http;

/// <summary>
/// The filters in front of the handlers, in upstream's order: authentication (401), max
/// in-flight (429; watches exempt), request timeout (504), then metrics around the handler.
/// </summary>
public sealed class RequestPipeline(Authenticator authenticator, ApiHandler handler, InflightLimiter limiter,
    ApiServerMetrics metrics, ApiServerOptions options)
{
    // Paths upstream's system:public-info-viewer role opens to everyone, and k3s's /cacerts, which a
    // joining agent reads before it can authenticate (it checks the CA against its token).
    private static readonly HashSet<string> PublicPaths = ["/healthz", "/livez", "/readyz", "/version", NodeJoinRoutes.CaCertsPath];

    public async Task ServeAsync(HttpContext http)
    {
        var path = http.Request.Path.Value ?? "/";
        var user = await authenticator.AuthenticateAsync(http);
        if (user is null && !PublicPaths.Contains(path.Split('/', 3) is [_, var first, ..] ? "/" + first : path))
        {
            await UnauthorizedResponse.WriteAsync(http.Response, http.RequestAborted);
            return;
        }

        http.Items[typeof(UserInfo)] = user;
        var watchQuery = RequestInfo.QueryFlag(http.Request.Query, "watch");
        var info = RequestInfo.Parse(http.Request.Method, path, watchQuery);
        var labels = Labels(info, http);
        var started = Stopwatch.GetTimestamp();
        if (IsLongRunning(info))
        {
            using (metrics.TrackLongRunning(labels))
            {
                await handler.HandleAsync(http);
            }

            // As upstream, a long-running request counts in apiserver_request_total when it ends.
            metrics.RecordRequest(labels, http.Response.StatusCode, Stopwatch.GetElapsedTime(started), 0);
            return;
        }

        try
        {
            using var slot = limiter.Enter(info.IsMutating || (!info.IsResourceRequest && !HttpMethods.IsGet(http.Request.Method)));
            metrics.SetInflight(limiter.ReadOnly, limiter.Mutating);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
            timeout.CancelAfter(options.RequestTimeout);
            var clientAborted = http.RequestAborted;
            http.RequestAborted = timeout.Token;
            await handler.HandleAsync(http);
            if (timeout.IsCancellationRequested && !clientAborted.IsCancellationRequested && !http.Response.HasStarted)
            {
                await ResponseWriter.WriteStatusAsync(http,
                    ApiErrors.Timeout("request did not complete within requested timeout - context deadline exceeded", 0).Status);
            }
        }
        catch (ApiException e)
        {
            http.Response.Headers.RetryAfter = "1";
            await ResponseWriter.WriteStatusAsync(http, e.Status);
        }
        finally
        {
            if (info.IsResourceRequest)
            {
                metrics.RecordRequest(labels, http.Response.StatusCode, Stopwatch.GetElapsedTime(started), http.Response.ContentLength ?? 0);
            }
        }
    }

    /// <summary>
    /// Upstream's long-running check: watches and the streaming subresources, which get neither the
    /// request timeout nor an in-flight slot (a followed log lasts as long as its container).
    /// </summary>
    private static bool IsLongRunning(RequestInfo info) =>
        info.Verb == "watch" || (info.IsResourceRequest && info.Subresource is "log" or "exec" or "attach" or "portforward" or "proxy");

    private static RequestMetricLabels Labels(RequestInfo info, HttpContext http)
    {
        var verb = info.Verb switch
        {
            "get" => "GET",
            "list" => "LIST",
            "watch" => "WATCH",
            "create" => "POST",
            "update" => "PUT",
            "patch" => MediaTypes.BaseType(http.Request.ContentType) == MediaTypes.ApplyPatch ? "APPLY" : "PATCH",
            "delete" => "DELETE",
            "deletecollection" => "DELETECOLLECTION",
            var other => other.ToUpperInvariant(),
        };
        var scope = info.Name.Length > 0 ? "resource" : info.Namespace.Length > 0 ? "namespace" : "cluster";
        var dryRun = http.Request.Query.ContainsKey("dryRun") ? "All" : "";
        return new RequestMetricLabels(verb, info.Group, info.Version, info.Resource, info.Subresource, scope, dryRun);
    }
}
