using Dotkube.Api.Meta;

namespace Dotkube.Api.OpenApi;

/// <summary>
/// Descriptions of the fields every kind and list shares. Their C# summaries explain the C#
/// shape; kubectl explain shows these to users instead.
/// </summary>
internal static class StandardDescriptions
{
    private static readonly Dictionary<(Type Declaring, string Property), string> Texts = new()
    {
        [(typeof(TypeMeta), nameof(TypeMeta.ApiVersion))] =
            "The versioned schema of this representation of an object, as group/version (\"v1\" for the core group). Servers convert recognized schemas and may reject unrecognized values.",
        [(typeof(TypeMeta), nameof(TypeMeta.Kind))] =
            "The REST resource this object represents, in CamelCase. Servers may infer it from the endpoint the request was sent to. Cannot be updated.",
        [(typeof(KubeObject), nameof(KubeObject.Metadata))] =
            "Standard object metadata: name, namespace, labels, annotations and the fields the system maintains.",
        [(typeof(KubeList<>), "Metadata")] =
            "Standard list metadata: the resourceVersion the list was read at and the continue token of a paged list.",
        [(typeof(KubeList<>), "Items")] = "The objects in the list.",
    };

    public static string? Find(Type declaring, string property) =>
        Texts.GetValueOrDefault((declaring.IsGenericType ? declaring.GetGenericTypeDefinition() : declaring, property));
}
