using System.Text.Json;
using System.Text.Json.Nodes;
using Dotkube.Api.Meta;
using Dotkube.Api.Patching;
using Dotkube.Api.Serialization;
using Dotkube.ApiServer.Errors;

namespace Dotkube.ApiServer.Http;

public sealed partial class ResourceHandler
{
    private static readonly string[] SupportedPatchTypes = [MediaTypes.JsonPatch, MediaTypes.MergePatch, MediaTypes.StrategicMergePatch];

    /// <summary>As upstream's patcher: a patch that does not pin resourceVersion is re-applied on conflict.</summary>
    private const int MaxPatchAttempts = 5;

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
        for (var attempt = 1; ; attempt++)
        {
            var current = await request.Store.GetRequiredAsync(request.Namespace, request.Info.Name, request.Aborted);
            var patched = ApplyPatch(request, patchType, body, current);
            var incoming = DecodeAs(request, patched, validation);
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
            catch (ApiException e) when (e.Reason == "Conflict" && attempt < MaxPatchAttempts && !PinsResourceVersion(patchType, body))
            {
                // Another writer won the race: re-read and re-apply the same patch.
            }
        }
    }

    private static byte[] ApplyPatch(ApiRequest request, string patchType, byte[] body, KubeObject current)
    {
        var original = KubeJson.Serialize(current, request.Resource.ClrType);
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
            throw e.StatusCode switch
            {
                400 => ApiErrors.BadRequest(e.Message),
                413 => ApiErrors.RequestEntityTooLarge(e.Message),
                422 => ApiErrors.Unprocessable(e.Message),
                _ => ApiErrors.InternalError(e.Message),
            };
        }
        catch (JsonException e)
        {
            throw ApiErrors.BadRequest(e.Message);
        }
    }

    private static bool PinsResourceVersion(string patchType, byte[] body) =>
        patchType != MediaTypes.JsonPatch && body.AsSpan().IndexOf("\"resourceVersion\""u8) >= 0;
}
