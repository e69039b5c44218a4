using Xunit.Sdk;

namespace Dotkube.Tests.Acceptance;

/// <summary>
/// Compares normalized output with a golden file under Acceptance/Expected/. The golden files hold
/// what kubectl 1.32 prints against upstream kube-apiserver 1.32 for the same objects (after
/// <see cref="OutputNormalizer"/>), so a mismatch is a server bug unless the golden file is wrong:
/// never regenerate one from dotkube's output without checking it against upstream.
/// </summary>
public static class Golden
{
    public static void AssertTable(string goldenFile, ToolResult result) =>
        Compare(goldenFile, OutputNormalizer.Table(result.Ok()), result);

    public static void AssertText(string goldenFile, ToolResult result) =>
        Compare(goldenFile, OutputNormalizer.Text(result.Ok()), result);

    /// <summary>For output already cut down by the test (explain's field list, say).</summary>
    public static void AssertLines(string goldenFile, string actual, ToolResult source) =>
        Compare(goldenFile, actual, source);

    private static void Compare(string goldenFile, string actual, ToolResult source)
    {
        var path = AcceptancePaths.Expected(goldenFile);
        Assert.True(File.Exists(path), $"missing golden file {path}");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n").TrimEnd('\n');
        actual = actual.ReplaceLineEndings("\n").TrimEnd('\n');
        if (expected != actual)
        {
            throw new XunitException(
                $"output differs from Acceptance/Expected/{goldenFile} (upstream output, normalized)\n" +
                $"--- expected\n{expected}\n--- actual (normalized)\n{actual}\n--- first difference\n{FirstDifference(expected, actual)}\n" +
                $"--- raw result\n{source}");
        }
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "<no line>";
            var al = i < a.Length ? a[i] : "<no line>";
            if (el != al)
            {
                return $"line {i + 1}:\n  expected: {el}\n  actual:   {al}";
            }
        }

        return "none";
    }
}
