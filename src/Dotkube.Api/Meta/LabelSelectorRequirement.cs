namespace Dotkube.Api.Meta;

/// <summary>A rule on one label's value, used in a label selector's matchExpressions.</summary>
/// <remarks>One matchExpressions entry; operator is In, NotIn, Exists or DoesNotExist.</remarks>
public sealed class LabelSelectorRequirement
{
    /// <summary>The label key the rule applies to. Required.</summary>
    public string Key { get; set; } = "";

    /// <summary>How the label is tested: In, NotIn, Exists or DoesNotExist. Required.</summary>
    public string Operator { get; set; } = "";

    /// <summary>The values to test against: at least one for In and NotIn, and none for Exists and DoesNotExist.</summary>
    public List<string>? Values { get; set; }
}
