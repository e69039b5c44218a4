using Dotkube.Api.Meta;
using Dotkube.Api.Validation;
using Dotkube.Api.Values;

namespace Dotkube.ApiServer.Errors;

/// <summary>
/// The Status errors of k8s.io/apimachinery/pkg/api/errors, with upstream's messages, reasons and
/// codes. "resource" is the plural resource name; with a group it reads "deployments.apps".
/// </summary>
public static class ApiErrors
{
    public static ApiException NotFound(string group, string resource, string name) =>
        Failure(404, "NotFound", $"{Qualified(group, resource)} \"{name}\" not found", Details(group, resource, name));

    public static ApiException AlreadyExists(string group, string resource, string name) =>
        Failure(409, "AlreadyExists", $"{Qualified(group, resource)} \"{name}\" already exists", Details(group, resource, name));

    /// <summary>The optimistic-concurrency failure every stale update gets.</summary>
    public static ApiException Conflict(string group, string resource, string name, string why =
        "the object has been modified; please apply your changes to the latest version and try again") =>
        Failure(409, "Conflict", $"Operation cannot be fulfilled on {Qualified(group, resource)} \"{name}\": {why}", Details(group, resource, name));

    public static ApiException BadRequest(string message) => Failure(400, "BadRequest", message, null);

    public static ApiException Invalid(Status status) => new(status);

    public static ApiException Forbidden(string group, string resource, string name, string why) =>
        Failure(403, "Forbidden", $"{Qualified(group, resource)} \"{name}\" is forbidden: {why}", Details(group, resource, name));

    /// <summary>
    /// As upstream's NamespaceLifecycle admission: Forbidden with a NamespaceTerminating cause, which
    /// controllers look for to stop creating (and reporting failures) in a namespace that is going away.
    /// </summary>
    public static ApiException NamespaceTerminating(string group, string resource, string name, string ns)
    {
        var e = Forbidden(group, resource, name, $"unable to create new content in namespace {ns} because it is being terminated");
        e.Status.Details!.Causes = [new StatusCause { Type = "NamespaceTerminating", Message = $"namespace {ns} is being terminated", Field = "metadata.namespace" }];
        return e;
    }

    /// <summary>As upstream's NewMethodNotSupported.</summary>
    public static ApiException MethodNotSupported(string group, string resource, string action) =>
        Failure(405, "MethodNotAllowed", $"{action} is not supported on resources of kind \"{Qualified(group, resource)}\"",
            new StatusDetails { Group = NullIfEmpty(group), Kind = resource });

    /// <summary>
    /// go-restful's answer for a served path without a route for the method, as the apiserver's
    /// ServiceErrorHandler turns it into NewGenericServerResponse(405).
    /// </summary>
    public static ApiException MethodNotAllowed() =>
        Failure(405, "MethodNotAllowed", "the server does not allow this method on the requested resource", new StatusDetails());

    /// <summary>
    /// NewGenericServerResponse(422), which upstream's patch handler uses for a JSON patch that
    /// does not apply (and lists of lists): the library's text is dropped for the generic one.
    /// </summary>
    public static ApiException UnprocessableGeneric() =>
        Failure(422, "Invalid", "the server rejected our request due to an error in our request", new StatusDetails());

    /// <summary>
    /// Query or body options (CreateOptions, ListOptions, DeleteOptions...) that fail upstream's
    /// Validate*Options: NewInvalid on the meta.k8s.io kind with an empty name.
    /// </summary>
    public static ApiException OptionsInvalid(string optionsKind, IReadOnlyList<FieldError> errors) =>
        Invalid(InvalidObjectStatus.Create("meta.k8s.io", optionsKind, "", errors));

    public static ApiException NotAcceptable() =>
        Failure(406, "NotAcceptable",
            "only the following media types are accepted: application/json, application/yaml, application/json;as=Table;v=v1;g=meta.k8s.io",
            null);

    public static ApiException UnsupportedMediaType(IEnumerable<string> accepted) =>
        Failure(415, "UnsupportedMediaType",
            $"the body of the request was in an unknown format - accepted media types include: {string.Join(", ", accepted)}", null);

    public static ApiException RequestEntityTooLarge(string message) => Failure(413, "RequestEntityTooLarge", message, null);

    /// <summary>410 for a resourceVersion older than the retained history.</summary>
    public static ApiException Expired(string message) => Failure(410, "Expired", message, null);

    public static ApiException TooManyRequests(int retryAfterSeconds) =>
        Failure(429, "TooManyRequests", "Too many requests, please try again later.",
            new StatusDetails { RetryAfterSeconds = retryAfterSeconds });

    public static ApiException Timeout(string message, int retryAfterSeconds) =>
        Failure(504, "Timeout", message, new StatusDetails { RetryAfterSeconds = retryAfterSeconds });

    public static ApiException Unauthorized() => Failure(401, "Unauthorized", "Unauthorized", null);

    public static ApiException InternalError(string message) =>
        Failure(500, "InternalError", $"Internal error occurred: {message}",
            new StatusDetails { Causes = [new StatusCause { Message = message }] });

    /// <summary>
    /// What upstream's ErrorToAPIStatus makes of an error that is no Status (a kubelet that cannot
    /// be dialled): 500 with no reason and the error's own text, which kubectl shows as "Error from server: ...".
    /// </summary>
    public static ApiException Untyped(string message) =>
        new(new Status { Kind = "Status", ApiVersion = "v1", Outcome = "Failure", Message = message, Code = 500 });

    /// <summary>404 for a path the server does not serve, as the apiserver's NotFound handler.</summary>
    public static ApiException PathNotFound() =>
        Failure(404, "NotFound", "the server could not find the requested resource", new StatusDetails());

    public static string Qualified(string group, string resource) => group.Length == 0 ? resource : $"{resource}.{group}";

    public static Status Success(string group, string resource, string name, string? uid) => new()
    {
        Kind = "Status",
        ApiVersion = "v1",
        Outcome = "Success",
        Details = new StatusDetails { Name = name, Group = NullIfEmpty(group), Kind = resource, Uid = uid },
    };

    /// <summary>
    /// Upstream's NewGenericServerResponse for an error answer from a server behind this one (a
    /// kubelet behind pods/log): the reason and message follow the code, then name what was asked.
    /// </summary>
    public static ApiException GenericServerResponse(int code, string resource, string name, string serverMessage)
    {
        var (reason, message) = code switch
        {
            404 => ("NotFound", "the server could not find the requested resource"),
            400 => ("BadRequest", "the server rejected our request for an unknown reason"),
            401 => ("Unauthorized", "the server has asked for the client to provide credentials"),
            403 => ("Forbidden", serverMessage),
            503 => ("ServiceUnavailable", "the server is currently unable to handle the request"),
            >= 500 => ("InternalError", $"an error on the server ({GoStrings.Quote(serverMessage)}) has prevented the request from succeeding"),
            _ => ("Unknown", $"the server responded with the status code {code} but did not return more information"),
        };
        return Failure(code, reason, $"{message} ( {resource} {name})", new StatusDetails { Kind = resource, Name = name });
    }

    private static ApiException Failure(int code, string reason, string message, StatusDetails? details) =>
        new ApiException(new Status
        {
            Kind = "Status",
            ApiVersion = "v1",
            Outcome = "Failure",
            Message = message,
            Reason = reason,
            Details = details,
            Code = code,
        });

    private static StatusDetails Details(string group, string resource, string name) =>
        new() { Name = name, Group = NullIfEmpty(group), Kind = resource };

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
