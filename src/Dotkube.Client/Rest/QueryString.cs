using System.Globalization;
using System.Text;

namespace Dotkube.Client.Rest;

/// <summary>Builds "?a=b&amp;c=d" from the option records, leaving unset options out.</summary>
internal sealed class QueryString
{
    private readonly StringBuilder _text = new();

    public QueryString Add(string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            _text.Append(_text.Length == 0 ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
        }

        return this;
    }

    public QueryString Add(string name, long? value) =>
        Add(name, value?.ToString(CultureInfo.InvariantCulture));

    public QueryString AddDryRun(bool dryRun) => Add("dryRun", dryRun ? "All" : null);

    public static string For(ListOptions? options, bool watch = false)
    {
        var query = new QueryString();
        if (watch)
        {
            query.Add("watch", "true");
        }

        if (options is not null)
        {
            query.Add("labelSelector", options.LabelSelector)
                .Add("fieldSelector", options.FieldSelector)
                .Add("limit", options.Limit)
                .Add("continue", options.Continue)
                .Add("resourceVersion", options.ResourceVersion)
                .Add("resourceVersionMatch", options.ResourceVersionMatch)
                .Add("timeoutSeconds", options.TimeoutSeconds)
                .Add("allowWatchBookmarks", options.AllowWatchBookmarks ? "true" : null);
        }

        return query.ToString();
    }

    public static string For(CreateOptions? options) =>
        new QueryString().AddDryRun(options?.DryRun ?? false).Add("fieldManager", options?.FieldManager).ToString();

    public static string For(UpdateOptions? options) =>
        new QueryString().AddDryRun(options?.DryRun ?? false).Add("fieldManager", options?.FieldManager).ToString();

    public static string For(PatchOptions? options) =>
        new QueryString().AddDryRun(options?.DryRun ?? false).Add("fieldManager", options?.FieldManager).ToString();

    public override string ToString() => _text.ToString();
}
