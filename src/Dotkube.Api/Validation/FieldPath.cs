using System.Text;

namespace Dotkube.Api.Validation;

/// <summary>
/// A path to a field inside an object, printed as upstream prints it in errors:
/// <c>spec.containers[0].ports[1].containerPort</c>, <c>metadata.labels[app]</c>.
/// Immutable: every step returns a new path, so a validator can hand its path to helpers.
/// </summary>
public sealed class FieldPath
{
    private readonly FieldPath? _parent;
    private readonly string _name;
    private readonly bool _isSubscript;

    private FieldPath(FieldPath? parent, string name, bool isSubscript)
    {
        _parent = parent;
        _name = name;
        _isSubscript = isSubscript;
    }

    public static FieldPath Root(string name, params string[] more)
    {
        var path = new FieldPath(null, name, false);
        return more.Length == 0 ? path : path.Child(more[0], more[1..]);
    }

    public FieldPath Child(string name, params string[] more)
    {
        var path = new FieldPath(this, name, false);
        foreach (var next in more)
        {
            path = new FieldPath(path, next, false);
        }

        return path;
    }

    public FieldPath Index(int index) => new(this, index.ToString(System.Globalization.CultureInfo.InvariantCulture), true);

    public FieldPath Key(string key) => new(this, key, true);

    public override string ToString()
    {
        var steps = new List<FieldPath>();
        for (var step = this; step is not null; step = step._parent)
        {
            steps.Add(step);
        }

        var text = new StringBuilder();
        for (var i = steps.Count - 1; i >= 0; i--)
        {
            var step = steps[i];
            if (step._isSubscript)
            {
                text.Append('[').Append(step._name).Append(']');
            }
            else
            {
                if (text.Length > 0)
                {
                    text.Append('.');
                }

                text.Append(step._name);
            }
        }

        return text.ToString();
    }
}
