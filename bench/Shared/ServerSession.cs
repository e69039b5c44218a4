using System.Globalization;
using Dotkube.Client;
using Dotkube.Client.Config;

namespace Dotkube.Bench.Shared;

/// <summary>
/// A benchmark's life around the server under test: start it, run the load against it as the
/// admin of its kubeconfig (Ctrl+C cancels), print the result, stop it with SIGTERM.
/// </summary>
public static class ServerSession
{
    /// <param name="report">Prints the result; returns the process exit code (0 when the run reached its goal).</param>
    /// <returns>The exit code: 1 when the run failed, else <paramref name="report"/>'s.</returns>
    public static async Task<int> RunAsync<T>(string dll, IEnumerable<string> serverArguments, string? serverLog,
        Func<DotkubeServer, ClientOptions, CancellationToken, Task<T>> run, Func<T, int> report)
    {
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        await using var server = await DotkubeServer.StartAsync(dll, serverArguments, serverLog, cancel.Token);
        Console.WriteLine($"server pid {server.Pid} listening on port {server.Port}");
        T result;
        try
        {
            result = await run(server, KubeconfigLoader.Load(server.KubeconfigPath), cancel.Token);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Console.Error.WriteLine($"run failed: {e}\nlast server lines:\n{server.Tail}");
            return 1;
        }

        var code = report(result);
        var exit = await server.StopAsync();
        Console.WriteLine($"server stopped with SIGTERM: exit code {exit?.ToString(CultureInfo.InvariantCulture) ?? "none (killed)"}, " +
                          $"{server.LogLines:N0} log lines printed");
        return code;
    }
}
