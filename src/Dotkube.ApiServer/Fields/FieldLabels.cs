using System.Diagnostics.CodeAnalysis;
using Dotkube.Api.Meta;
using Dotkube.Api.Schema;
using Dotkube.Api.Selectors;

namespace Dotkube.ApiServer.Fields;

/// <summary>
/// Field selectors as kube-apiserver v1.32 serves them, in upstream's two steps. At request time
/// <see cref="TryConvert"/> runs each term through the kind's field label conversion: a label the
/// kind does not support fails the request with 400 BadRequest and upstream's message, and some
/// labels are renamed (events.k8s.io "regarding.kind" to "involvedObject.kind", Pod "spec.host" to
/// "spec.nodeName"). Then storage matches the converted selector against <see cref="Values"/>,
/// the kind's selectable field set (upstream's GetAttrs), where a missing field reads as "".
/// Kinds without a conversion of their own accept only metadata.name and metadata.namespace,
/// cluster-scoped ones included: there metadata.namespace is always "", so "metadata.namespace="
/// matches everything and any other value nothing, as upstream.
/// </summary>
public static partial class FieldLabels
{
    /// <summary>The labels <paramref name="resource"/> accepts in a fieldSelector, in upstream's order.</summary>
    public static IReadOnlyList<string> Supported(ResourceInfo resource) => SpecFor(resource.Gvk).Labels;

    public static bool IsSupported(ResourceInfo resource, string field) => SpecFor(resource.Gvk).Conversions.ContainsKey(field);

    /// <summary>
    /// Upstream's fields.Selector.Transform with scheme.ConvertFieldLabel: converts every term,
    /// or fails on the first (in the selector's sorted order) the kind does not support, with
    /// the message kube-apiserver puts in its 400 BadRequest Status.
    /// </summary>
    public static bool TryConvert(
        ResourceInfo resource,
        FieldSelector selector,
        [NotNullWhen(true)] out FieldSelector? converted,
        [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(selector);
        var spec = SpecFor(resource.Gvk);
        string? firstError = null;
        var result = selector.Transform((field, value) =>
        {
            if (spec.Conversions.TryGetValue(field, out var internalField))
            {
                return (internalField, value);
            }

            firstError ??= spec.Reject(field);
            return (field, value);
        });

        converted = firstError is null ? result : null;
        error = firstError;
        return firstError is null;
    }

    /// <summary>
    /// Whether <paramref name="obj"/> matches a selector <see cref="TryConvert"/> has converted.
    /// An unconverted selector may name a wire label (regarding.kind) the field set does not have.
    /// </summary>
    public static bool Matches(FieldSelector converted, KubeObject obj)
    {
        ArgumentNullException.ThrowIfNull(converted);
        return converted.IsEmpty || converted.Matches(Values(obj));
    }
}
