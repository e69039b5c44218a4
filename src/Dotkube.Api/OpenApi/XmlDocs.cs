using System.Reflection;
using System.Text;
using System.Xml.Linq;

namespace Dotkube.Api.OpenApi;

/// <summary>
/// Summaries from the XML documentation file the build writes next to the assembly, used as
/// schema descriptions. Descriptions are optional: without the file every lookup returns null.
/// </summary>
internal sealed class XmlDocs
{
    private readonly Dictionary<string, string> _summaries;

    private XmlDocs(Dictionary<string, string> summaries) => _summaries = summaries;

    public static XmlDocs Empty { get; } = new([]);

    public static XmlDocs Load(Assembly assembly)
    {
        var directory = Path.GetDirectoryName(assembly.Location);
        if (string.IsNullOrEmpty(directory))
        {
            return Empty;
        }

        var path = Path.Combine(directory, assembly.GetName().Name + ".xml");
        return File.Exists(path) ? Parse(XDocument.Load(path)) : Empty;
    }

    public static XmlDocs Parse(XDocument document)
    {
        var summaries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var member in document.Descendants("member"))
        {
            var name = (string?)member.Attribute("name");
            var summary = member.Element("summary");
            if (name is not null && summary is not null)
            {
                var text = Flatten(summary);
                if (text.Length > 0)
                {
                    summaries[name] = text;
                }
            }
        }

        return new XmlDocs(summaries);
    }

    public string? Type(Type type) => _summaries.GetValueOrDefault("T:" + DocId(type));

    public string? Property(Type declaringType, string propertyName) =>
        _summaries.GetValueOrDefault("P:" + DocId(declaringType) + "." + propertyName);

    // Generic types are written as Name`1 in documentation ids; nested types use '.'.
    private static string DocId(Type type) => (type.IsGenericType ? type.GetGenericTypeDefinition() : type)
        .FullName!.Replace('+', '.');

    /// <summary>Plain text of a summary: cref targets by short name, whitespace collapsed.</summary>
    private static string Flatten(XElement element)
    {
        var text = new StringBuilder();
        foreach (var node in element.DescendantNodes())
        {
            if (node is XText t)
            {
                text.Append(t.Value);
            }
            else if (node is XElement { IsEmpty: true } e)
            {
                text.Append(ReferenceText(e));
            }
        }

        return string.Join(' ', text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static string ReferenceText(XElement e)
    {
        var target = (string?)e.Attribute("cref") ?? (string?)e.Attribute("langword") ?? (string?)e.Attribute("name") ?? "";
        var colon = target.IndexOf(':');
        var name = colon >= 0 ? target[(colon + 1)..] : target;
        var paren = name.IndexOf('(');
        if (paren >= 0)
        {
            name = name[..paren];
        }

        var dot = name.LastIndexOf('.');
        return dot >= 0 ? name[(dot + 1)..] : name;
    }
}
