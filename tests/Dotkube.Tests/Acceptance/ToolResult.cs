using System.Text;

namespace Dotkube.Tests.Acceptance;

/// <summary>
/// What one finished command printed and returned. <see cref="ToString"/> shows all of it, so a
/// failed assertion carries the exact kubectl/python/node output into the test report.
/// </summary>
public sealed record ToolResult(string CommandLine, int ExitCode, string Stdout, string Stderr, bool TimedOut, TimeSpan Elapsed)
{
    public bool Succeeded => ExitCode == 0 && !TimedOut;

    /// <summary>Stdout of a command that must succeed; otherwise the test fails with the whole result.</summary>
    public string Ok()
    {
        Assert.True(Succeeded, $"expected success:\n{this}");
        return Stdout;
    }

    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append("$ ").AppendLine(CommandLine);
        text.Append(TimedOut ? "timed out after " : "exit code " + ExitCode + " after ")
            .Append(Elapsed.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)).AppendLine(" s");
        text.AppendLine("--- stdout").Append(Stdout);
        if (Stdout.Length > 0 && !Stdout.EndsWith('\n'))
        {
            text.AppendLine();
        }

        text.AppendLine("--- stderr").Append(Stderr);
        return text.ToString();
    }
}
