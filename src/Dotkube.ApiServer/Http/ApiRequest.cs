using System.Globalization;
using Dotkube.Api.Schema;
using Dotkube.Api.Serialization;
using Dotkube.ApiServer.Errors;
using Dotkube.ApiServer.Registry;
using Microsoft.AspNetCore.Http;

namespace Dotkube.ApiServer.Http;

/// <summary>One resource request: the HTTP exchange, what it addresses, and the store behind it.</summary>
public sealed class ApiRequest
{
    public ApiRequest(HttpContext http, RequestInfo info, ResourceInfo resource, ResourceStore store)
    {
        Http = http;
        Info = info;
        Resource = resource;
        Store = store;
    }

    public HttpContext Http { get; }

    public RequestInfo Info { get; }

    public ResourceInfo Resource { get; }

    public ResourceStore Store { get; }

    public CancellationToken Aborted => Http.RequestAborted;

    public string Namespace => Resource.Namespaced ? Info.Namespace : "";

    public string? Query(string name)
    {
        var value = Http.Request.Query[name];
        return value.Count == 0 ? null : value[0];
    }

    public bool QueryBool(string name) => RequestInfo.QueryFlag(Http.Request.Query, name);

    /// <summary>dryRun=All: every admission and validation step runs, nothing is stored.</summary>
    public bool DryRun
    {
        get
        {
            var values = Http.Request.Query["dryRun"];
            foreach (var value in values)
            {
                if (value != "All")
                {
                    throw ApiErrors.BadRequest($"Invalid dry run value: {value}. Only \"All\" is supported");
                }
            }

            return values.Count > 0;
        }
    }

    /// <summary>fieldValidation: Ignore, Warn (the server default) or Strict; anything else is 400.</summary>
    public FieldValidation FieldValidation => Query("fieldValidation") switch
    {
        null or "" or "Warn" => FieldValidation.Warn,
        "Strict" => FieldValidation.Strict,
        "Ignore" => FieldValidation.Ignore,
        var other => throw ApiErrors.BadRequest($"fieldValidation parameter unsupported: {other}"),
    };

    public int? QueryInt(string name)
    {
        var text = Query(name);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw ApiErrors.BadRequest($"invalid value for {name}: {text}");
    }

    public void AddWarning(string text) =>
        Http.Response.Headers.Append("Warning", $"299 - \"{text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"");
}
