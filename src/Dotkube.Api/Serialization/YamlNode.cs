namespace Dotkube.Api.Serialization;

/// <summary>
/// One node of a parsed YAML document. Mappings keep keys and values alternating in
/// <see cref="Children"/>; an alias points at the anchored node instead of copying it, so
/// expansion cost is paid (and capped) only when the document is written out.
/// </summary>
internal sealed class YamlNode
{
    private YamlNode(YamlNodeKind kind, int line)
    {
        Kind = kind;
        Line = line;
    }

    public YamlNodeKind Kind { get; }

    /// <summary>1-based line where the node starts, as yaml.v2 reports it.</summary>
    public int Line { get; }

    public YamlScalar Scalar { get; private init; }

    public List<YamlNode> Children { get; } = [];

    /// <summary>For an alias: the anchor name and the node it refers to.</summary>
    public string? AnchorName { get; private init; }

    public YamlNode? Target { get; private init; }

    public static YamlNode NewScalar(YamlScalar scalar, int line) => new(YamlNodeKind.Scalar, line) { Scalar = scalar };

    public static YamlNode NewCollection(YamlNodeKind kind, int line) => new(kind, line);

    public static YamlNode NewAlias(string anchor, YamlNode target, int line) =>
        new(YamlNodeKind.Alias, line) { AnchorName = anchor, Target = target };

    /// <summary>Follows aliases to the node that holds the content.</summary>
    public YamlNode Resolve()
    {
        var node = this;
        while (node.Kind == YamlNodeKind.Alias)
        {
            node = node.Target!;
        }

        return node;
    }
}

internal enum YamlNodeKind
{
    Scalar,
    Mapping,
    Sequence,
    Alias,
}
