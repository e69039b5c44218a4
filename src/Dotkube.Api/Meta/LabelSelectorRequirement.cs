namespace Dotkube.Api.Meta;

/// <summary>One matchExpressions entry; operator is In, NotIn, Exists or DoesNotExist.</summary>
public sealed class LabelSelectorRequirement
{
    public string Key { get; set; } = "";

    public string Operator { get; set; } = "";

    public List<string>? Values { get; set; }
}
