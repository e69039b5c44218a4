using Dotkube.Api.Core.V1;
using Dotkube.Api.Naming;

namespace Dotkube.Api.Validation.Core;

public static partial class PodSpecValidation
{
    // Upstream validContainerResourceFieldPathExpressions, sorted.
    private static readonly string[] ResourceFieldPaths =
    [
        "limits.cpu", "limits.ephemeral-storage", "limits.memory",
        "requests.cpu", "requests.ephemeral-storage", "requests.memory",
    ];

    // The labels ConvertDownwardAPIFieldLabel accepts for pods ("spec.host" is an old alias).
    private static readonly string[] DownwardAPILabels =
    [
        "metadata.annotations", "metadata.labels", "metadata.name", "metadata.namespace", "metadata.uid",
        "spec.nodeName", "spec.restartPolicy", "spec.serviceAccountName", "spec.schedulerName",
        "status.phase", "status.hostIP", "status.hostIPs", "status.podIP", "status.podIPs", "spec.host",
    ];

    private static readonly string[] BinaryDivisors =
        ["1", "1k", "1M", "1G", "1T", "1P", "1E", "1Ki", "1Mi", "1Gi", "1Ti", "1Pi", "1Ei"];

    private const string BinaryDivisorList = "1, 1k, 1M, 1G, 1T, 1P, 1E, 1Ki, 1Mi, 1Gi, 1Ti, 1Pi, 1Ei";

    /// <summary>Upstream validateObjectFieldSelector (after ConvertDownwardAPIFieldLabel).</summary>
    private static void ValidateObjectFieldSelector(ObjectFieldSelector selector, string[] allowed, FieldPath path, List<FieldError> errors)
    {
        // apiVersion is defaulted to v1 upstream.
        var version = string.IsNullOrEmpty(selector.ApiVersion) ? "v1" : selector.ApiVersion;
        if (selector.FieldPath.Length == 0)
        {
            errors.Add(FieldError.Required(path.Child("fieldPath")));
            return;
        }

        var label = selector.FieldPath;
        var subscripted = SplitSubscript(label, out var field, out var subscript);
        string? conversionError = null;
        if (version != "v1")
        {
            conversionError = $"unsupported pod version: {version}";
        }
        else if (subscripted && field is not ("metadata.annotations" or "metadata.labels"))
        {
            conversionError = $"field label does not support subscript: {label}";
        }
        else if (!subscripted && !DownwardAPILabels.Contains(label))
        {
            conversionError = $"field label not supported: {label}";
        }

        if (conversionError is not null)
        {
            errors.Add(FieldError.Invalid(path.Child("fieldPath"), label, "error converting fieldPath: " + conversionError));
            return;
        }

        if (subscripted)
        {
            var key = field == "metadata.annotations" ? subscript.ToLowerInvariant() : subscript;
            foreach (var message in NameValidation.IsQualifiedName(key))
            {
                errors.Add(FieldError.Invalid(path, key, message));
            }

            return;
        }

        var internalPath = label == "spec.host" ? "spec.nodeName" : label;
        if (!allowed.Contains(internalPath))
        {
            errors.Add(FieldError.NotSupported(path.Child("fieldPath"), internalPath, allowed));
        }
    }

    /// <summary>Upstream fieldpath.SplitMaybeSubscriptedPath: "metadata.labels['key']".</summary>
    private static bool SplitSubscript(string label, out string field, out string subscript)
    {
        field = label;
        subscript = "";
        if (!label.EndsWith("']", StringComparison.Ordinal))
        {
            return false;
        }

        var open = label.IndexOf("['", StringComparison.Ordinal);
        if (open <= 0)
        {
            return false;
        }

        field = label[..open];
        subscript = label[(open + 2)..^2];
        return true;
    }

    /// <summary>Upstream validateContainerResourceFieldSelector and validateContainerResourceDivisor.</summary>
    private static void ValidateResourceFieldSelector(ResourceFieldSelector selector, FieldPath path, bool volume, List<FieldError> errors)
    {
        var resource = selector.Resource;
        if (volume && string.IsNullOrEmpty(selector.ContainerName))
        {
            errors.Add(FieldError.Required(path.Child("containerName")));
        }
        else if (resource.Length == 0)
        {
            errors.Add(FieldError.Required(path.Child("resource")));
        }
        else if (!ResourceFieldPaths.Contains(resource) && !IsHugePagesField(resource))
        {
            errors.Add(FieldError.NotSupported(path.Child("resource"), resource, ResourceFieldPaths));
        }

        if (selector.Divisor.IsZero)
        {
            return;
        }

        var divisor = selector.Divisor.ToString();
        string? detail = resource switch
        {
            "limits.cpu" or "requests.cpu" when divisor is not ("1m" or "1") =>
                "only divisor's values 1m and 1 are supported with the cpu resource",
            "limits.memory" or "requests.memory" when !BinaryDivisors.Contains(divisor) =>
                $"only divisor's values {BinaryDivisorList} are supported with the memory resource",
            "limits.ephemeral-storage" or "requests.ephemeral-storage" when !BinaryDivisors.Contains(divisor) =>
                $"only divisor's values {BinaryDivisorList} are supported with the local ephemeral storage resource",
            _ when IsHugePagesField(resource) && !BinaryDivisors.Contains(divisor) =>
                $"only divisor's values {BinaryDivisorList} are supported with the hugepages resource",
            _ => null,
        };
        if (detail is not null)
        {
            errors.Add(FieldError.Invalid(path.Child("divisor"), resource, detail));
        }
    }

    private static bool IsHugePagesField(string resource) =>
        resource.StartsWith("requests.hugepages-", StringComparison.Ordinal) ||
        resource.StartsWith("limits.hugepages-", StringComparison.Ordinal);
}
