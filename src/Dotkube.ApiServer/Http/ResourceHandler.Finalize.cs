using Dotkube.Api.Core.V1;
using Dotkube.Api.Validation;
using Dotkube.ApiServer.Errors;
using Dotkube.ApiServer.Registry;

namespace Dotkube.ApiServer.Http;

public sealed partial class ResourceHandler
{
    /// <summary>Upstream's standard finalizer names: the only ones that need no "domain/" prefix.</summary>
    private static readonly HashSet<string> StandardFinalizers = [FinalizerName.Kubernetes, "orphan", "foregroundDeletion"];

    /// <summary>
    /// PUT namespaces/{name}/finalize (upstream's FinalizeREST): the body is a Namespace, and only
    /// its spec.finalizers is taken; metadata and status stay as stored. Once a terminating
    /// namespace has neither spec nor metadata finalizers left, it is removed from storage, which
    /// is how the namespace controller ends a namespace deletion.
    /// </summary>
    private async Task FinalizeAsync(ApiRequest request)
    {
        if (request.Resource.Group.Length != 0 || request.Resource.Plural != "namespaces")
        {
            throw ApiErrors.MethodNotSupported(request.Resource.Group, $"{request.Resource.Plural}/finalize", request.Info.Verb);
        }

        var form = Negotiate(request);
        var incoming = (Namespace)await DecodeBodyAsync(request);
        CheckIdentity(request, incoming);
        var current = (Namespace)await request.Store.GetRequiredAsync(request.Namespace, request.Info.Name, request.Aborted);
        if (!string.IsNullOrEmpty(incoming.Metadata.ResourceVersion) && incoming.Metadata.ResourceVersion != current.Metadata.ResourceVersion)
        {
            throw ApiErrors.Conflict(request.Resource.Group, request.Resource.Plural, request.Info.Name);
        }

        var finalizers = incoming.Spec.Finalizers ?? [];
        ThrowIfInvalid(request, incoming, ValidateNamespaceFinalizers(finalizers));
        var prepared = (Namespace)StoredObject.Clone(request.Resource, current);
        prepared.Spec.Finalizers = finalizers.Count == 0 ? null : [.. finalizers];
        var (result, _) = await StoreUpdateAsync(request, prepared, current, request.DryRun);
        await ResponseWriter.WriteAsync(request, 200, result, form, TableFor(request));
    }

    /// <summary>As upstream's validateFinalizerName for namespaces: qualified names, and a bare name must be a standard one.</summary>
    private static List<FieldError> ValidateNamespaceFinalizers(List<string> finalizers)
    {
        var errors = new List<FieldError>();
        for (var i = 0; i < finalizers.Count; i++)
        {
            var path = FieldPath.Root("spec", "finalizers").Index(i);
            var messages = Api.Naming.NameValidation.IsQualifiedName(finalizers[i]);
            foreach (var message in messages)
            {
                errors.Add(FieldError.Invalid(path, finalizers[i], message));
            }

            if (messages.Count == 0 && !finalizers[i].Contains('/', StringComparison.Ordinal) && !StandardFinalizers.Contains(finalizers[i]))
            {
                errors.Add(FieldError.Invalid(path, finalizers[i], "name is neither a standard finalizer name nor is it fully qualified"));
            }
        }

        return errors;
    }
}
