using System.Text;

namespace Dotkube.ApiServer.Tests.BadInput;

/// <summary>
/// Collects the generated cases, keeps their names unique, and hands out object names: fresh
/// ones for bodies a wrongly accepting server would create (so no case hides behind another's
/// AlreadyExists), and victims, seeded before the run, one per DELETE case (so a wrongly
/// accepted delete costs no other case its target).
/// </summary>
public sealed class CaseSet
{
    private readonly List<BadInputCase> _cases = [];
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly List<(ResourceKind Kind, string Name)> _victims = [];
    private int _fresh;

    public IReadOnlyList<BadInputCase> Cases => _cases;

    /// <summary>Objects the fixture must create before the run (kind, name).</summary>
    public IReadOnlyList<(ResourceKind Kind, string Name)> Victims => _victims;

    public string Fresh() => $"fresh-{++_fresh}";

    public string Victim(ResourceKind kind)
    {
        var name = $"victim-{_victims.Count + 1}";
        _victims.Add((kind, name));
        return name;
    }

    public Category In(string category) => new(this, category);

    private void Add(BadInputCase c)
    {
        if (!_names.Add(c.Name))
        {
            throw new InvalidOperationException($"duplicate case name: {c.Name}");
        }

        _cases.Add(c);
    }

    /// <summary>Adds cases under one category; the case name is "category: description".</summary>
    public sealed class Category(CaseSet set, string name)
    {
        public BadInputCase Add(string description, HttpMethod method, string path, string? contentType, string? body,
            UpstreamAnswer expected, string? accept = null, bool mayRejectApply = false) =>
            Add(description, method, path, contentType, body is null ? null : Encoding.UTF8.GetBytes(body), expected, accept, mayRejectApply);

        public BadInputCase Add(string description, HttpMethod method, string path, string? contentType, byte[]? body,
            UpstreamAnswer expected, string? accept = null, bool mayRejectApply = false)
        {
            var c = new BadInputCase($"{name}: {description}", name, method, path, contentType, body, expected)
            {
                Accept = accept,
                MayRejectApply = mayRejectApply,
            };
            set.Add(c);
            return c;
        }
    }
}
