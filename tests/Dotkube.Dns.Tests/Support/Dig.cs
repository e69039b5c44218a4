using System.Diagnostics;

namespace Dotkube.Dns.Tests.Support;

/// <summary>Runs the real dig (Debian dnsutils) against a server on 127.0.0.1.</summary>
internal static class Dig
{
    public static async Task<string> RunAsync(int port, params string[] args)
    {
        var start = new ProcessStartInfo("dig") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in (string[])["@127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "+time=2", "+tries=1", .. args])
        {
            start.ArgumentList.Add(a);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("dig is required for the DNS tests: apt-get install dnsutils (test.sh installs it)", e);
        }

        using (process)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var error = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            return await output + await error;
        }
    }

    /// <summary>dig +short's lines, sorted.</summary>
    public static async Task<string[]> ShortAsync(int port, params string[] args) =>
        [.. (await RunAsync(port, ["+short", .. args])).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Order(StringComparer.Ordinal)];
}
