namespace Dotkube.Tests.Acceptance;

/// <summary>
/// The built dotkube binary run as a real server process, the way a user starts it: a temp data
/// dir, a free port (--https-listen-port 0, the chosen port read from its start-up line) and the
/// admin kubeconfig written beside it. Disposing sends SIGTERM, waits for a clean exit and removes
/// the temp dir. <see cref="Kubectl"/> runs /usr/bin/kubectl against it.
/// </summary>
public class BinaryServerFixture : IAsyncLifetime
{
    private ServerProcess? _server;

    public string Dir { get; } = Path.Combine(Path.GetTempPath(), "dotkube-acceptance-" + Guid.NewGuid().ToString("N")[..12]);

    public string KubeconfigPath => Path.Combine(Dir, "admin.kubeconfig");

    public int Port => _server?.Port ?? 0;

    public KubectlRunner Kubectl { get; private set; } = null!;

    /// <summary>Everything the server printed so far, for failure messages.</summary>
    public string Log => _server?.Log ?? "";

    /// <summary>Flags added to `dotkube server` by fixtures that need them.</summary>
    protected virtual IEnumerable<string> ExtraArguments => [];

    public virtual async Task InitializeAsync()
    {
        Directory.CreateDirectory(Dir);
        try
        {
            _server = await ServerProcess.StartAsync(Dir,
            [
                "--data-dir", Path.Combine(Dir, "data"), "--https-listen-port", "0", "--bind-address", "127.0.0.1",
                "--write-kubeconfig", KubeconfigPath, "--disable-agent", .. ExtraArguments,
            ]);
        }
        catch
        {
            Directory.Delete(Dir, recursive: true);
            throw;
        }

        Kubectl = new KubectlRunner(KubeconfigPath, Path.Combine(Dir, "kubectl-cache"));
    }

    /// <summary>Applies a Namespace object; kubectl apply sends JSON, so this works whatever body formats the server reads.</summary>
    public async Task CreateNamespaceAsync(string name) =>
        (await Kubectl.RunAsync(["apply", "-f", "-"], new ToolOptions { Stdin = $"{{\"apiVersion\":\"v1\",\"kind\":\"Namespace\",\"metadata\":{{\"name\":\"{name}\"}}}}" })).Ok();

    /// <summary>Sends SIGTERM and waits for the exit code; null when the server had to be killed.</summary>
    public Task<int?> StopAsync() => _server?.StopAsync() ?? Task.FromResult<int?>(null);

    public virtual async Task DisposeAsync()
    {
        if (_server is not null)
            await _server.DisposeAsync();
        if (Directory.Exists(Dir))
            Directory.Delete(Dir, recursive: true);
    }
}
