using System.Reflection;
using Dotkube.Cli;

namespace Dotkube.Tests.Acceptance;

/// <summary>
/// Where the acceptance tests find the built server, their scripts and their expected output,
/// whatever -c and -p:ArtifactsPath the build used.
/// </summary>
public static class AcceptancePaths
{
    /// <summary>
    /// The dotkube.dll this test assembly references: MSBuild copies it (with its deps.json and
    /// runtimeconfig.json) beside the tests, so it is the binary of the same build.
    /// </summary>
    public static string DotkubeDll => typeof(RootCommandFactory).Assembly.Location;

    /// <summary>Golden files, scripts and manifests are copied to the output under Acceptance/.</summary>
    public static string OutputFile(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Acceptance", .. parts]);

    public static string Expected(string name) => OutputFile("Expected", name);

    public static string Manifest(string name) => OutputFile("Manifests", name);

    public static string PythonScript(string name) => OutputFile("python", name);

    /// <summary>
    /// The JavaScript client lives in the source tree, not the output: ./test.sh runs npm ci there,
    /// and node resolves @kubernetes/client-node from the script's own folder (ES modules ignore
    /// NODE_PATH). The project folder is stamped into the assembly at build time.
    /// </summary>
    public static string JavaScriptDir => Path.Combine(ProjectDir, "Acceptance", "javascript");

    /// <summary>tests/Dotkube.Tests in the source tree, stamped into the assembly at build time.</summary>
    public static string ProjectDir =>
        typeof(AcceptancePaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(a => a.Key == "DotkubeTestsProjectDir")?.Value
        ?? throw new InvalidOperationException("the test assembly lacks its DotkubeTestsProjectDir metadata (see Dotkube.Tests.csproj)");

    /// <summary>The dotnet host running these tests, to start dotkube.dll with the same runtime.</summary>
    public static string DotnetHost
    {
        get
        {
            if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
            {
                return host;
            }

            return Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";
        }
    }
}
