using Dotkube.Api.Meta;
using Dotkube.Api.Naming;
using Dotkube.ApiServer.Allocation;
using Dotkube.ApiServer.Errors;
using Dotkube.ApiServer.Metrics;
using Dotkube.ApiServer.Printing;
using Dotkube.ApiServer.Registry;
using Dotkube.ApiServer.Watch;

namespace Dotkube.ApiServer.Http;

/// <summary>
/// The REST verbs on stored resources, with upstream's semantics (handlers/*.go plus the
/// generic registry store). One instance serves every resource; each verb lives in its own
/// partial file.
/// </summary>
public sealed partial class ResourceHandler
{
    private readonly ResourceRegistry _registry;
    private readonly WatchCaches _watchCaches;
    private readonly ApiServerOptions _options;
    private readonly TimeProvider _time;
    private readonly NameGenerator _names;
    public ResourceHandler(ResourceRegistry registry, WatchCaches watchCaches, ApiServerOptions options, TimeProvider time,
        NameGenerator names)
    {
        _registry = registry;
        _watchCaches = watchCaches;
        _options = options;
        _time = time;
        _names = names;
    }

    /// <summary>Cluster IPs and node ports for Services; null leaves them as the client sent them.</summary>
    public ServiceAllocator? Services { get; init; }

    /// <summary>Where watch events are counted (apiserver_watch_events_total); null counts nothing.</summary>
    public ApiServerMetrics? Metrics { get; init; }

    public Task HandleAsync(ApiRequest request)
    {
        var info = request.Info;
        var resource = request.Resource;
        if (!resource.HasVerb(info.Verb) && info.Subresource.Length == 0)
        {
            throw ApiErrors.MethodNotSupported(resource.Group, resource.Plural, info.Verb);
        }

        return (info.Subresource, info.Verb) switch
        {
            ("", "get") => GetAsync(request),
            ("", "list") => ListAsync(request),
            ("", "watch") => WatchAsync(request),
            ("", "create") when resource.Group.Length == 0 && resource.Plural == "bindings" => BindAsync(request),
            ("", "create") when resource.Verbs.Count == 1 => ReviewAsync(request),
            ("", "create") => CreateAsync(request),
            ("", "update") => UpdateAsync(request, statusOnly: false),
            ("", "patch") => PatchAsync(request, statusOnly: false),
            ("", "delete") => DeleteAsync(request),
            ("", "deletecollection") => DeleteCollectionAsync(request),
            ("status", "get") => GetAsync(request),
            ("status", "update") => UpdateAsync(request, statusOnly: true),
            ("status", "patch") => PatchAsync(request, statusOnly: true),
            ("scale", _) => ScaleAsync(request),
            ("binding", "create") => BindAsync(request),
            ("finalize", "update") => FinalizeAsync(request),
            ("eviction", "create") => EvictAsync(request),
            ("log", "get") => LogAsync(request),
            ("exec" or "attach", "get" or "create") => StreamAsync(request, info.Subresource),
            ("token", "create") when resource.Group.Length == 0 && resource.Plural == "serviceaccounts" => CreateTokenAsync(request),
            _ => throw ApiErrors.MethodNotSupported(resource.Group, $"{resource.Plural}/{info.Subresource}", info.Verb),
        };
    }

    private Func<object, Table> TableFor(ApiRequest request) => value => ToTable(request, value, noHeaders: false);

    /// <summary>Server-side printing: a list or one object as a meta.k8s.io/v1 Table (includeObject as asked).</summary>
    private Table ToTable(ApiRequest request, object value, bool noHeaders)
    {
        if (!TableOptions.TryParseIncludeObject(request.Query("includeObject"), out var include, out var error))
        {
            throw ApiErrors.BadRequest(error);
        }

        var options = new TableOptions { NoHeaders = noHeaders, IncludeObject = include };
        if (value is IKubeList list)
        {
            return TableConvertor.Default.Convert(list.ItemObjects, request.Resource, options, Now, list.Metadata);
        }

        var obj = (KubeObject)value;
        return TableConvertor.Default.Convert([obj], request.Resource, options, Now, new ListMeta { ResourceVersion = obj.Metadata.ResourceVersion });
    }

    private static ResponseForm Negotiate(ApiRequest request, bool allowTable = true) =>
        MediaTypes.Negotiate(request.Http.Request.Headers.Accept.ToString(), allowTable)
        ?? throw ApiErrors.NotAcceptable();

    private Task RespondAsync(ApiRequest request, int statusCode, object value) =>
        ResponseWriter.WriteAsync(request, statusCode, value, Negotiate(request), TableFor(request));

    private DateTimeOffset Now => _time.GetUtcNow();
}
