using System.Net;
using System.Text;
using Dotkube.Api.Meta;
using Dotkube.Api.Serialization;

namespace Dotkube.Client.Rest;

/// <summary>
/// A non-2xx answer from the API server with its decoded <see cref="Status"/>. The Is* checks follow
/// client-go's apierrors: the reason decides, and the HTTP code only when the server gave no reason
/// (a proxy's bare 404, say). AlreadyExists and Expired have no code fallback, because 409 and 410
/// are shared with Conflict and Gone.
/// </summary>
public sealed class ApiStatusException : Exception
{
    /// <summary>Longest body quoted in the message of a non-Status error, so an HTML error page stays readable.</summary>
    private const int MaxQuotedBody = 512;

    public ApiStatusException(Status status)
        : base(Describe(status))
    {
        Status = status;
    }

    public Status Status { get; }

    public int Code => Status.Code ?? 0;

    public string Reason => Status.Reason ?? "";

    public bool IsNotFound => Is("NotFound", 404);

    public bool IsAlreadyExists => Reason == "AlreadyExists";

    public bool IsConflict => Is("Conflict", 409);

    /// <summary>410 Gone: as client-go, a watch or list continue from a resourceVersion too old to serve.</summary>
    public bool IsGone => Is("Gone", 410);

    /// <summary>410 Expired: a compacted resourceVersion or an expired continue token; relist from scratch.</summary>
    public bool IsExpired => Reason == "Expired";

    public bool IsInvalid => Is("Invalid", 422);

    public bool IsBadRequest => Is("BadRequest", 400);

    public bool IsUnauthorized => Is("Unauthorized", 401);

    public bool IsForbidden => Is("Forbidden", 403);

    /// <summary>429, also what an eviction blocked by a PodDisruptionBudget answers.</summary>
    public bool IsTooManyRequests => Is("TooManyRequests", 429);

    private bool Is(string reason, int code) =>
        Reason == reason || (Reason is "" or "Unknown" && Code == code);

    private static string Describe(Status status) =>
        string.IsNullOrEmpty(status.Message) ? $"{status.Code} {status.Reason}" : status.Message;

    /// <summary>
    /// The Status in an error answer, or one made from the code and body as client-go's
    /// newUnstructuredResponseError when the body is not a Status (a proxy or load balancer spoke).
    /// </summary>
    internal static async Task<ApiStatusException> FromResponseAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var body = await response.Content.ReadAsByteArrayAsync(ct);
        var code = (int)response.StatusCode;
        Status? status = null;
        try
        {
            if (KubeYaml.IsJson(body))
            {
                status = KubeJson.Deserialize<Status>(body);
            }
        }
        catch (System.Text.Json.JsonException)
        {
        }

        if (status is null || status.Kind != "Status")
        {
            var text = Encoding.UTF8.GetString(body.AsSpan(0, Math.Min(body.Length, MaxQuotedBody))).Trim();
            status = new Status
            {
                Outcome = "Failure",
                Code = code,
                Reason = ReasonFor(response.StatusCode),
                Message = text.Length > 0 ? text : $"the server responded with {code} {response.ReasonPhrase}",
            };
        }

        status.Code ??= code;
        return new ApiStatusException(status);
    }

    private static string ReasonFor(HttpStatusCode code) => code switch
    {
        HttpStatusCode.BadRequest => "BadRequest",
        HttpStatusCode.Unauthorized => "Unauthorized",
        HttpStatusCode.Forbidden => "Forbidden",
        HttpStatusCode.NotFound => "NotFound",
        HttpStatusCode.MethodNotAllowed => "MethodNotAllowed",
        HttpStatusCode.Conflict => "Conflict",
        HttpStatusCode.Gone => "Gone",
        HttpStatusCode.UnprocessableEntity => "Invalid",
        HttpStatusCode.TooManyRequests => "TooManyRequests",
        HttpStatusCode.GatewayTimeout => "Timeout",
        HttpStatusCode.ServiceUnavailable => "ServiceUnavailable",
        _ => (int)code >= 500 ? "InternalError" : "Unknown",
    };
}
