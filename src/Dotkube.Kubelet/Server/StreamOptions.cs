using Microsoft.AspNetCore.Http;

namespace Dotkube.Kubelet.Server;

/// <summary>
/// The streams an exec or attach asks for (query input, output, error, tty = "1"), as the kubelet's
/// remotecommand NewOptions reads them: a TTY merges stderr into stdout, so error is dropped with
/// tty, and at least one stream is required.
/// </summary>
public sealed record StreamOptions(bool Stdin, bool Stdout, bool Stderr, bool Tty)
{
    public const string NoStreams = "you must specify at least 1 of stdin, stdout, stderr";

    /// <summary>The options, or null when no stream is asked for (<see cref="NoStreams"/>).</summary>
    public static StreamOptions? From(IQueryCollection query)
    {
        bool On(string name) => query.TryGetValue(name, out var values) && values.FirstOrDefault() == "1";
        var tty = On("tty");
        var options = new StreamOptions(On("input"), On("output"), On("error") && !tty, tty);
        return options is { Stdin: false, Stdout: false, Stderr: false } ? null : options;
    }
}
