using Dotkube.Client.Rest;

namespace Dotkube.Client.Informers;

/// <summary>
/// What an informer lists and watches: one namespace or all (null), narrowed by label and field
/// selectors in query form. A value: two equal scopes share one informer in a <see cref="SharedInformerFactory"/>.
/// </summary>
public sealed record InformerScope(string? Namespace = null, string? LabelSelector = null, string? FieldSelector = null)
{
    public static InformerScope All { get; } = new();

    internal ListOptions ListOptions(long? limit, string? continueToken) => new()
    {
        LabelSelector = LabelSelector,
        FieldSelector = FieldSelector,
        Limit = limit,
        Continue = continueToken,
    };
}
