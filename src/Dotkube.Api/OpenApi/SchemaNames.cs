using System.Text.Json;
using Dotkube.Api.Meta;
using Dotkube.Api.Values;

namespace Dotkube.Api.OpenApi;

/// <summary>
/// Upstream's definition names: the Go package path plus the type name. Clients key on these
/// names (kubectl explain, the generated Python and JavaScript models), so ours must be identical.
/// </summary>
internal static class SchemaNames
{
    public const string Meta = "io.k8s.apimachinery.pkg.apis.meta.v1";

    public const string Quantity = "io.k8s.apimachinery.pkg.api.resource.Quantity";

    public const string IntOrString = "io.k8s.apimachinery.pkg.util.intstr.IntOrString";

    public const string RawExtension = "io.k8s.apimachinery.pkg.runtime.RawExtension";

    public const string Time = Meta + ".Time";

    public const string MicroTime = Meta + ".MicroTime";

    public const string FieldsV1 = Meta + ".FieldsV1";

    public const string Patch = Meta + ".Patch";

    private const string ApiExtensions = "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1";

    public const string Json = ApiExtensions + ".JSON";

    public const string RefPrefix = "#/components/schemas/";

    private const string OurRoot = "Dotkube.Api.";

    /// <summary>The definition name of a class or of a <see cref="KubeList{T}"/> ("PodList").</summary>
    public static string Of(Type type)
    {
        if (type == typeof(Quantity))
        {
            return Quantity;
        }

        if (type == typeof(IntOrString))
        {
            return IntOrString;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(KubeList<>))
        {
            var item = type.GetGenericArguments()[0];
            return Package(item) + "." + item.Name + "List";
        }

        return Package(type) + "." + type.Name;
    }

    /// <summary>"Dotkube.Api.Rbac.V1" -> "io.k8s.api.rbac.v1", as upstream's k8s.io/api layout.</summary>
    public static string Package(Type type)
    {
        var ns = type.Namespace ?? "";
        if (ns == typeof(KubeObject).Namespace)
        {
            return Meta;
        }

        if (ns == typeof(ApiExtensions.V1.JSONSchemaProps).Namespace)
        {
            return ApiExtensions;
        }

        if (!ns.StartsWith(OurRoot, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{type.FullName} has no upstream package");
        }

        return "io.k8s.api." + ns[OurRoot.Length..].ToLowerInvariant();
    }

    /// <summary>
    /// Free-form JSON is one CLR type here but three definitions upstream: apiextensions' JSON
    /// (defaults, examples, enums), managedFields' FieldsV1, and RawExtension everywhere else.
    /// </summary>
    public static string OfJsonElement(Type declaringType, string jsonName)
    {
        if (declaringType.Namespace == typeof(ApiExtensions.V1.JSONSchemaProps).Namespace)
        {
            return Json;
        }

        return jsonName == "fieldsV1" ? FieldsV1 : RawExtension;
    }

    public static bool IsJsonElement(Type type) => type == typeof(JsonElement);
}
