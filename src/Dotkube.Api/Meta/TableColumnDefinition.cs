namespace Dotkube.Api.Meta;

/// <summary>One column of a <see cref="Table"/>; all fields are always written, as upstream.</summary>
public sealed class TableColumnDefinition
{
    public string Name { get; set; } = "";

    /// <summary>An OpenAPI type: string, integer, number, boolean, date.</summary>
    public string Type { get; set; } = "";

    public string Format { get; set; } = "";

    public string Description { get; set; } = "";

    /// <summary>0 is shown by default; higher only with <c>-o wide</c>.</summary>
    public int Priority { get; set; }
}
