namespace Dotkube.Api.Meta;

/// <summary>metav1.FieldSelectorRequirement: operator is In, NotIn, Exists or DoesNotExist, as for labels.</summary>
public sealed class FieldSelectorRequirement
{
    public string Key { get; set; } = "";

    public string Operator { get; set; } = "";

    public List<string>? Values { get; set; }
}
