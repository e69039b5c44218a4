using System.Text;
using Microsoft.AspNetCore.Http;

namespace Dotkube.ApiServer.Http;

/// <summary>
/// /livez, /readyz and the deprecated /healthz in upstream's format: "ok" when all checks pass;
/// with ?verbose one "[+]name ok" line per check and "livez check passed"; a failing check shows
/// "[-]name failed: reason withheld" and answers 500. /livez/{name} runs one check; ?exclude=name
/// skips one.
/// </summary>
public sealed class HealthChecks
{
    private readonly IReadOnlyList<(string Name, Func<CancellationToken, Task<bool>> Check)> _live;
    private readonly IReadOnlyList<(string Name, Func<CancellationToken, Task<bool>> Check)> _ready;

    public HealthChecks(IReadOnlyList<(string Name, Func<CancellationToken, Task<bool>> Check)> live,
        IReadOnlyList<(string Name, Func<CancellationToken, Task<bool>> Check)> readyOnly)
    {
        _live = live;
        _ready = [.. live, .. readyOnly];
    }

    public static bool IsHealthPath(string path) =>
        path is "/livez" or "/readyz" or "/healthz" || path.StartsWith("/livez/", StringComparison.Ordinal)
        || path.StartsWith("/readyz/", StringComparison.Ordinal) || path.StartsWith("/healthz/", StringComparison.Ordinal);

    public async Task HandleAsync(HttpContext http, string path)
    {
        var parts = path.Trim('/').Split('/', 2);
        var endpoint = parts[0];
        var checks = endpoint == "livez" ? _live : _ready;
        if (parts.Length == 2)
        {
            var single = checks.FirstOrDefault(c => c.Name == parts[1]);
            if (single.Check is null)
            {
                await NonResourceHandler.WriteTextAsync(http, "404 page not found\n", 404);
                return;
            }

            var ok = await Run(single.Check, http.RequestAborted);
            await NonResourceHandler.WriteTextAsync(http, ok ? "ok" : "internal server error: reason withheld\n", ok ? 200 : 500);
            return;
        }

        var excluded = http.Request.Query["exclude"].Select(e => e ?? "").ToHashSet();
        var report = new StringBuilder();
        var allOk = true;
        foreach (var (name, check) in checks)
        {
            if (excluded.Contains(name))
            {
                report.Append("[+]").Append(name).Append(" excluded: ok\n");
                continue;
            }

            var ok = await Run(check, http.RequestAborted);
            allOk &= ok;
            report.Append(ok ? "[+]" : "[-]").Append(name).Append(ok ? " ok\n" : " failed: reason withheld\n");
        }

        var verbose = http.Request.Query.ContainsKey("verbose");
        if (allOk)
        {
            await NonResourceHandler.WriteTextAsync(http, verbose ? report + $"{endpoint} check passed\n" : "ok");
            return;
        }

        await NonResourceHandler.WriteTextAsync(http, report + $"{endpoint} check failed\n", 500);
    }

    private static async Task<bool> Run(Func<CancellationToken, Task<bool>> check, CancellationToken ct)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            return await check(timeout.Token);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return false;
        }
    }
}
