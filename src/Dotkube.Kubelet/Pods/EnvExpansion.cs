using System.Text;

namespace Dotkube.Kubelet.Pods;

/// <summary>
/// upstream's $(VAR) syntax (third_party/forked/golang/expansion) for env values, command and
/// args: $(NAME) becomes NAME's value when defined and stays as written when not; $$ is a literal
/// $ (so $$(NAME) stays $(NAME)); any other $ is kept.
/// </summary>
public static class EnvExpansion
{
    public static string Expand(string input, IReadOnlyDictionary<string, string> values)
    {
        if (!input.Contains('$', StringComparison.Ordinal))
            return input;
        var output = new StringBuilder(input.Length);
        for (var i = 0; i < input.Length; i++)
        {
            if (input[i] != '$' || i + 1 >= input.Length)
            {
                output.Append(input[i]);
                continue;
            }

            var next = input[i + 1];
            if (next == '$')
            {
                output.Append('$');
                i++;
            }
            else if (next == '(' && input.IndexOf(')', i + 2) is var close and > 0)
            {
                var name = input[(i + 2)..close];
                output.Append(values.TryGetValue(name, out var value) ? value : $"$({name})");
                i = close;
            }
            else
            {
                output.Append('$');
            }
        }

        return output.ToString();
    }
}
