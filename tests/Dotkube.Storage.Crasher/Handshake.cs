using System.Globalization;

namespace Dotkube.Storage.Crasher;

/// <summary>
/// The line the crasher prints once its store is open, before the first write: <c>ready &lt;pid&gt;</c>.
/// The process id lets the test check that the process it SIGKILLs is the one holding the
/// database, not a launcher in front of it.
/// </summary>
public static class Handshake
{
    private const string Ready = "ready";

    public static string FormatReady(int processId) => string.Create(CultureInfo.InvariantCulture, $"{Ready} {processId}");

    /// <summary>The process id in a ready line, or null for any other line.</summary>
    public static int? TryParseReady(string line)
    {
        var parts = line.Split(' ');
        return parts.Length == 2 && parts[0] == Ready
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var processId)
            ? processId
            : null;
    }
}
