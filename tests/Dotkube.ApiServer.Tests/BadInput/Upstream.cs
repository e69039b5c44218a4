namespace Dotkube.ApiServer.Tests.BadInput;

/// <summary>
/// kube-apiserver v1.32's answers, built the way k8s.io/apimachinery builds them: api/errors
/// (NewBadRequest, NewInvalid, NewRequestEntityTooLargeError, NewGenericServerResponse), the
/// handlers' own texts (endpoints/handlers/*.go) and field.Error's ErrorBody formats. Looked up
/// in upstream's source, not copied from dotkube's answers.
/// </summary>
public static class Upstream
{
    /// <summary>kube-apiserver's --max-request-body-bytes default (3 MiB).</summary>
    public const long MaxRequestBodyBytes = 3 * 1024 * 1024;

    /// <summary>etcd's default --max-request-bytes; the issue's limit for a stored object.</summary>
    public const int MaxObjectBytes = 1536 * 1024;

    /// <summary>handlers/patch.go maxJSONPatchOperations.</summary>
    public const int MaxJsonPatchOperations = 10000;

    public static UpstreamAnswer BadRequest(string? message = null) => new(400, "BadRequest") { Message = message };

    /// <summary>transformDecodeError when the body's kind was read: "Kind in version "v" cannot be handled as a Into: ...".</summary>
    public static UpstreamAnswer CannotHandle(string kind, string version, string into) =>
        BadRequest().WithPrefix($"{kind} in version \"{version}\" cannot be handled as a {into}: ");

    /// <summary>transformDecodeError when not even the kind could be read.</summary>
    public static UpstreamAnswer Unrecognized(string into) =>
        BadRequest().WithPrefix($"the object provided is unrecognized (must be of type {into}): ");

    /// <summary>A create or update body rejected by the strict decoder (fieldValidation=Strict).</summary>
    public static UpstreamAnswer Strict(string kind, string version, params string[] errors) =>
        BadRequest($"{kind} in version \"{version}\" cannot be handled as a {kind}: strict decoding error: {string.Join(", ", errors)}");

    /// <summary>errors.NewInvalid: "{Kind[.group]} "name" is invalid: {aggregate}".</summary>
    public static UpstreamAnswer Invalid(string qualifiedKind, string name, params string[] fieldErrors) =>
        new(422, "Invalid") { Message = $"{qualifiedKind} \"{name}\" is invalid: {Aggregate(fieldErrors)}" };

    public static UpstreamAnswer Invalid() => new(422, "Invalid");

    /// <summary>The query's CreateOptions/UpdateOptions/PatchOptions/DeleteOptions/ListOptions failed validation.</summary>
    public static UpstreamAnswer OptionsInvalid(string optionsKind, params string[] fieldErrors) =>
        Invalid($"{optionsKind}.meta.k8s.io", "", fieldErrors);

    /// <summary>
    /// A patch whose result does not decode (patch.go): NewInvalid with an empty GroupKind, the
    /// field "patch" and the whole patched document as the value, so only the cause is asserted.
    /// </summary>
    public static UpstreamAnswer PatchResultInvalid(string cause) => Invalid().Containing(cause);

    /// <summary>A JSON patch that does not apply: NewGenericServerResponse(422) keeps only its generic text.</summary>
    public static UpstreamAnswer JsonPatchRejected() =>
        Invalid() with { Message = "the server rejected our request due to an error in our request" };

    public static UpstreamAnswer TooLarge(string message) => new(413, "RequestEntityTooLarge") { Message = message };

    public static UpstreamAnswer BodyTooLarge() => TooLarge($"Request entity too large: limit is {MaxRequestBodyBytes}");

    public static UpstreamAnswer NotFound(string qualifiedResource, string name) =>
        new(404, "NotFound") { Message = $"{qualifiedResource} \"{name}\" not found" };

    /// <summary>go-restful found no route: the generic 404 text.</summary>
    public static UpstreamAnswer NoRoute() => new(404, "NotFound") { Message = "the server could not find the requested resource" };

    /// <summary>go-restful has the path but not the method.</summary>
    public static UpstreamAnswer MethodNotAllowed() =>
        new(405, "MethodNotAllowed") { Message = "the server does not allow this method on the requested resource" };

    public static UpstreamAnswer Conflict(string qualifiedResource, string name) =>
        new(409, "Conflict")
        {
            Message = $"Operation cannot be fulfilled on {qualifiedResource} \"{name}\": the object has been modified; please apply your changes to the latest version and try again",
        };

    public static UpstreamAnswer NotAcceptable() => new(406, "NotAcceptable");

    /// <summary>negotiation.NewUnsupportedMediaTypeError for object bodies of built-in kinds (JSON, YAML, protobuf).</summary>
    public static UpstreamAnswer UnsupportedObjectMediaType() =>
        new(415, "UnsupportedMediaType")
        {
            Message = "the body of the request was in an unknown format - accepted media types include: application/json, application/yaml, application/vnd.kubernetes.protobuf",
        };

    public static UpstreamAnswer UnsupportedMediaType() => new(415, "UnsupportedMediaType");

    // field.Error.ErrorBody formats.
    public static string FieldInvalid(string path, string goValue, string detail) => $"{path}: Invalid value: {goValue}: {detail}";

    public static string FieldRequired(string path, string detail = "") => detail.Length == 0 ? $"{path}: Required value" : $"{path}: Required value: {detail}";

    public static string FieldForbidden(string path, string detail) => $"{path}: Forbidden: {detail}";

    /// <summary>field.NotSupported: the valid values %q-quoted, comma separated, in the order given.</summary>
    public static string FieldNotSupported(string path, string goValue, params string[] valid) =>
        $"{path}: Unsupported value: {goValue}: supported values: {string.Join(", ", valid.Select(Quote))}";

    /// <summary>Go's %q (and %#v) of a plain ASCII string.</summary>
    public static string Quote(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    /// <summary>Go's %#v of a []string.</summary>
    public static string GoStrings(params string[] values) => "[]string{" + string.Join(", ", values.Select(Quote)) + "}";

    /// <summary>utilerrors.NewAggregate(...).Error(): one error as is, several inside brackets.</summary>
    private static string Aggregate(string[] errors) => errors.Length == 1 ? errors[0] : "[" + string.Join(", ", errors) + "]";
}
