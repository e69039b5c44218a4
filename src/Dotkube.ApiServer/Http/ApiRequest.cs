using Dotkube.Api.Schema;
using Dotkube.Api.Serialization;
using Dotkube.ApiServer.Registry;
using Microsoft.AspNetCore.Http;

namespace Dotkube.ApiServer.Http;

/// <summary>One resource request: the HTTP exchange, what it addresses, and the store behind it.</summary>
public sealed class ApiRequest
{
    private bool _optionsValid;

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

    /// <summary>
    /// dryRun=All: every admission and validation step runs, nothing is stored. Reading it
    /// validates the verb's options first (422 on CreateOptions/UpdateOptions/PatchOptions/
    /// DeleteOptions, as upstream's handlers do before decoding the body).
    /// </summary>
    public bool DryRun
    {
        get
        {
            EnsureOptionsValid();
            return Http.Request.Query["dryRun"].Count > 0;
        }
    }

    /// <summary>fieldValidation: Ignore, Warn (the server default) or Strict; anything else fails the options' validation.</summary>
    public FieldValidation FieldValidation
    {
        get
        {
            EnsureOptionsValid();
            return Query("fieldValidation") switch
            {
                "Strict" => FieldValidation.Strict,
                "Ignore" => FieldValidation.Ignore,
                _ => FieldValidation.Warn,
            };
        }
    }

    /// <summary>An int64 query parameter (null when absent or empty); strconv's error text otherwise, as upstream.</summary>
    public long? QueryInt64(string name) =>
        Query(name) is { Length: > 0 } text ? RequestOptions.ParseInt64(text) : null;

    /// <summary><see cref="QueryInt64"/> clamped to the int range (limits and timeouts beyond it mean "no limit" anyway).</summary>
    public int? QueryInt(string name) =>
        QueryInt64(name) is { } value ? (int)Math.Clamp(value, int.MinValue, int.MaxValue) : null;

    private void EnsureOptionsValid()
    {
        if (!_optionsValid)
        {
            RequestOptions.ValidateWrite(this);
            _optionsValid = true;
        }
    }

    public void AddWarning(string text) =>
        Http.Response.Headers.Append("Warning", $"299 - \"{text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"");
}
