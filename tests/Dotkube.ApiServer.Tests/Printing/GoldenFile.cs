using System.Runtime.CompilerServices;

namespace Dotkube.ApiServer.Tests.Printing;

/// <summary>
/// Golden files live next to this source file, in Golden/, and are read from there (not from
/// the build output) so that DOTKUBE_UPDATE_GOLDEN=1 rewrites the checked-in copies: run the
/// tests once with it set, then review the diff.
/// </summary>
internal static class GoldenFile
{
    public static string Directory { get; } = Locate();

    public static bool Updating => Environment.GetEnvironmentVariable("DOTKUBE_UPDATE_GOLDEN") == "1";

    public static void AssertMatches(string fileName, string actual)
    {
        var path = Path.Combine(Directory, fileName);
        if (Updating)
        {
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"{path} is missing; run the tests with DOTKUBE_UPDATE_GOLDEN=1 to create it");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }

    private static string Locate([CallerFilePath] string source = "") =>
        Path.Combine(Path.GetDirectoryName(source)!, "Golden");
}
