namespace Dotkube.Tests.Acceptance;

/// <summary>
/// Runs the real kubectl (/usr/bin/kubectl, 1.32) against one server: --kubeconfig names the
/// server's admin kubeconfig and --cache-dir a private discovery cache, so nothing in ~/.kube is
/// read or written and servers on reused ports never share stale discovery.
/// </summary>
public sealed class KubectlRunner(string kubeconfigPath, string cacheDir)
{
    public const string Path = "/usr/bin/kubectl";

    /// <summary>The admin kubeconfig, for other clients (the Python scripts) against the same server.</summary>
    public string KubeconfigPath => kubeconfigPath;

    public Task<ToolResult> RunAsync(params string[] arguments) => RunAsync(arguments, null);

    public Task<ToolResult> RunAsync(IEnumerable<string> arguments, ToolOptions? options)
    {
        RequireKubectl();
        return ToolProcess.RunAsync(Path, WithConnection(arguments), options);
    }

    /// <summary>Starts a kubectl that keeps running (get -w, wait) and streams its stdout.</summary>
    public StreamingProcess Start(params string[] arguments)
    {
        RequireKubectl();
        return ToolProcess.Start(Path, WithConnection(arguments));
    }

    // Before the subcommand's arguments: anything after "--" (kubectl run/exec) is the container's command.
    private IEnumerable<string> WithConnection(IEnumerable<string> arguments) =>
        ((string[])["--kubeconfig", kubeconfigPath, "--cache-dir", cacheDir]).Concat(arguments);

    private static void RequireKubectl() =>
        Assert.True(File.Exists(Path), $"{Path} is missing: ./test.sh installs the Debian package kubernetes-client when it is");
}
