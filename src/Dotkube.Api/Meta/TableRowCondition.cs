namespace Dotkube.Api.Meta;

/// <summary>metav1.TableRowCondition (type "Completed" marks rows kubectl may hide).</summary>
public sealed class TableRowCondition
{
    public string Type { get; set; } = "";

    public string Status { get; set; } = "";

    public string? Reason { get; set; }

    public string? Message { get; set; }
}
