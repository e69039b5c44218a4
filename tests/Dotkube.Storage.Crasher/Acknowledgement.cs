using System.Globalization;

namespace Dotkube.Storage.Crasher;

/// <summary>
/// One write the store acknowledged: the crasher prints it only after the store returned its
/// revision, so the durability test may hold the store to every line it read.
/// </summary>
public sealed record Acknowledgement(string Key, long Sequence, long Revision)
{
    // The trailing marker proves the line is complete: a SIGKILL can land mid-write, and a
    // truncated "ack k 12 34" would otherwise parse as a smaller, wrong revision.
    private const string Prefix = "ack";
    private const string End = "end";

    public string Format() => string.Create(CultureInfo.InvariantCulture, $"{Prefix} {Key} {Sequence} {Revision} {End}");

    public static Acknowledgement? TryParse(string line)
    {
        var parts = line.Split(' ');
        return parts.Length == 5 && parts[0] == Prefix && parts[4] == End
            && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            && long.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var revision)
            ? new Acknowledgement(parts[1], sequence, revision)
            : null;
    }
}
