using System.Text.Json;
using System.Text.Json.Nodes;
using Dotkube.Api.Meta;
using Dotkube.Api.Patching;
using Dotkube.Api.Serialization;
using Dotkube.Api.Validation;
using Dotkube.ApiServer.Errors;

namespace Dotkube.ApiServer.Http;

public sealed partial class ResourceHandler
{
    private static readonly string[] SupportedPatchTypes = [MediaTypes.JsonPatch, MediaTypes.MergePatch, MediaTypes.StrategicMergePatch];

    /// <summary>
    /// As upstream's GuaranteedUpdate: a write that does not pin resourceVersion is re-applied to
    /// the latest object on conflict, for as long as it loses races (each lost race means another
    /// writer made progress; the request timeout bounds the whole).
    /// </summary>
    private static bool RetriesOnConflict(ApiException e, bool pinned, ApiRequest request) =>
        e.Reason == "Conflict" && !pinned && !request.Aborted.IsCancellationRequested;

    private async Task PatchAsync(ApiRequest request, bool statusOnly)
    {
        var form = Negotiate(request);
        var patchType = MediaTypes.BaseType(request.Http.Request.ContentType);
        if (!SupportedPatchTypes.Contains(patchType))
        {
            // Server-side apply (application/apply-patch+yaml) is not served yet: kubectl then
            // reports that server-side apply is unavailable, as against an older server.
            throw ApiErrors.UnsupportedMediaType(SupportedPatchTypes);
        }

        var dryRun = request.DryRun;
        var validation = request.FieldValidation;
        var body = await RequestBody.ReadAsync(request.Http, _options.MaxRequestBodyBytes);
        while (true)
        {
            var current = await request.Store.GetRequiredAsync(request.Namespace, request.Info.Name, request.Aborted);
            var patched = ApplyPatch(request, patchType, body, current, validation);
            var incoming = DecodePatched(request, patched, validation);
            CheckIdentity(request, incoming);
            var pinned = incoming.Metadata.ResourceVersion;
            if (!string.IsNullOrEmpty(pinned) && pinned != current.Metadata.ResourceVersion)
            {
                throw ApiErrors.Conflict(request.Resource.Group, request.Resource.Plural, request.Info.Name);
            }

            try
            {
                var (result, _) = await WriteUpdateAsync(request, incoming, current, statusOnly, dryRun);
                await ResponseWriter.WriteAsync(request, 200, result, form, TableFor(request));
                return;
            }
            catch (ApiException e) when (RetriesOnConflict(e, PinsResourceVersion(patchType, body), request))
            {
                // Another writer won the race: re-read and re-apply the same patch.
            }
        }
    }

    private static byte[] ApplyPatch(ApiRequest request, string patchType, byte[] body, KubeObject current, FieldValidation validation)
    {
        var original = KubeJson.Serialize(current, request.Resource.ClrType);
        if (patchType == MediaTypes.JsonPatch && validation != FieldValidation.Ignore)
        {
            JsonPatchOperations.CheckFieldTypes(body);
        }

        try
        {
            JsonNode? result = patchType switch
            {
                MediaTypes.JsonPatch => JsonPatch.Apply(JsonNode.Parse(original)!, body),
                MediaTypes.MergePatch => JsonMergePatch.Apply(original, body),
                _ => StrategicMergePatch.Apply(JsonNode.Parse(original)!.AsObject(), StrategicMergePatch.ParsePatch(body), request.Resource.ClrType),
            };
            if (result is not JsonObject)
            {
                throw ApiErrors.BadRequest("the patch did not produce an object");
            }

            return JsonSerializer.SerializeToUtf8Bytes(result);
        }
        catch (PatchException e)
        {
            // A JSON patch that does not apply (and a strategic list of lists) is
            // NewGenericServerResponse(422) upstream, which keeps only the generic text. The
            // strategic directive errors upstream passes through as 500 (ErrBadArgType,
            // ErrBadPatchType) are the patch's fault: 400.
            throw e.Kind switch
            {
                PatchErrorKind.RequestEntityTooLarge => ApiErrors.RequestEntityTooLarge(e.Message),
                PatchErrorKind.Unprocessable => ApiErrors.UnprocessableGeneric(),
                _ => ApiErrors.BadRequest(e.Message),
            };
        }
        catch (JsonException e)
        {
            throw ApiErrors.BadRequest(e.Message);
        }
    }

    /// <summary>
    /// The patched document as the URL's kind. Unlike a create or update body, a result that
    /// does not decode is the patch's fault: patch.go answers NewInvalid with an empty kind on
    /// the field "patch", the document as the value and the decoder's own error (not wrapped
    /// as transformDecodeError wraps it) as the detail.
    /// </summary>
    private static KubeObject DecodePatched(ApiRequest request, byte[] patched, FieldValidation validation)
    {
        try
        {
            return DecodeAs(request, patched, validation);
        }
        catch (ApiException e) when (e.Code == 400)
        {
            var cause = e.Status.Message ?? "";
            var wrapped = cause.IndexOf($"cannot be handled as a {request.Resource.Kind}: ", StringComparison.Ordinal);
            if (wrapped >= 0)
            {
                cause = cause[(wrapped + $"cannot be handled as a {request.Resource.Kind}: ".Length)..];
            }

            var text = System.Text.Encoding.UTF8.GetString(patched);
            throw ApiErrors.Invalid(InvalidObjectStatus.Create("", "", "", [FieldError.Invalid(FieldPath.Root("patch"), text, cause)]));
        }
    }

    private static bool PinsResourceVersion(string patchType, byte[] body) =>
        patchType != MediaTypes.JsonPatch && body.AsSpan().IndexOf("\"resourceVersion\""u8) >= 0;
}
