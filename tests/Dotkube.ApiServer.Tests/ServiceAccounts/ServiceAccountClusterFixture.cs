using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Dotkube.ApiServer.Admission;
using Dotkube.Testing;

namespace Dotkube.ApiServer.Tests.ServiceAccounts;

/// <summary>
/// An in-process API server with the ServiceAccount admission plugin on (the harness turns it off
/// by default, having no controllers), admin HTTP helpers, and real kubectl against it.
/// </summary>
public sealed class ServiceAccountClusterFixture : IAsyncLifetime
{
    private InProcessCluster _cluster = null!;
    private HttpClient _admin = null!;

    public InProcessCluster Cluster => _cluster;

    public async Task InitializeAsync()
    {
        _cluster = await InProcessCluster.StartAsync(configure: o => o.EnabledAdmissionPlugins.Add(AdmissionPlugins.ServiceAccount));
        _admin = _cluster.NewHttpClient(_cluster.AdminCertificate());
    }

    public async Task DisposeAsync()
    {
        _admin.Dispose();
        await _cluster.DisposeAsync();
    }

    /// <summary>A new namespace, and in it a ServiceAccount per name given (as the controller would make "default").</summary>
    public async Task<string> NamespaceAsync(params string[] serviceAccounts)
    {
        var ns = "sa-" + Guid.NewGuid().ToString("N")[..8];
        Assert.Equal(201, (await PostAsync("/api/v1/namespaces", """{"apiVersion":"v1","kind":"Namespace","metadata":{"name":""" + $"\"{ns}\"}}}}")).Code);
        foreach (var name in serviceAccounts)
        {
            Assert.Equal(201, (await PostAsync($"/api/v1/namespaces/{ns}/serviceaccounts",
                """{"apiVersion":"v1","kind":"ServiceAccount","metadata":{"name":""" + $"\"{name}\"}}}}")).Code);
        }

        return ns;
    }

    public Task<(int Code, JsonNode? Body)> PostAsync(string path, string json, string? bearer = null) => SendAsync(HttpMethod.Post, path, json, bearer);

    public Task<(int Code, JsonNode? Body)> GetAsync(string path, string? bearer = null) => SendAsync(HttpMethod.Get, path, null, bearer);

    public Task<(int Code, JsonNode? Body)> DeleteAsync(string path) => SendAsync(HttpMethod.Delete, path, null, null);

    /// <summary>Runs kubectl with the admin kubeconfig, or with a kubeconfig holding only <paramref name="token"/>.</summary>
    public async Task<(int Code, string Output)> KubectlAsync(string? token, params string[] args)
    {
        var dir = Directory.CreateTempSubdirectory("dotkube-kubectl-").FullName;
        try
        {
            var kubeconfig = _cluster.KubeconfigPath;
            if (token is not null)
            {
                var ca = Path.Combine(dir, "ca.crt");
                await File.WriteAllTextAsync(ca, _cluster.Server.Pki.ServerCaPem);
                kubeconfig = Path.Combine(dir, "token.kubeconfig");
                var config = new JsonObject
                {
                    ["apiVersion"] = "v1",
                    ["kind"] = "Config",
                    ["current-context"] = "c",
                    ["clusters"] = new JsonArray(new JsonObject
                    {
                        ["name"] = "c",
                        ["cluster"] = new JsonObject { ["server"] = _cluster.BaseAddress.ToString(), ["certificate-authority"] = ca },
                    }),
                    ["users"] = new JsonArray(new JsonObject { ["name"] = "u", ["user"] = new JsonObject { ["token"] = token } }),
                    ["contexts"] = new JsonArray(new JsonObject { ["name"] = "c", ["context"] = new JsonObject { ["cluster"] = "c", ["user"] = "u" } }),
                };
                await File.WriteAllTextAsync(kubeconfig, config.ToJsonString());
            }

            var start = new ProcessStartInfo("/usr/bin/kubectl") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in (string[])["--kubeconfig", kubeconfig, "--cache-dir", Path.Combine(dir, "cache"), .. args])
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return (process.ExitCode, await stdout + await stderr);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private async Task<(int Code, JsonNode? Body)> SendAsync(HttpMethod method, string path, string? json, string? bearer)
    {
        // A bearer request goes without the admin certificate, so the token alone decides who it is.
        using var anonymous = bearer is null ? null : _cluster.NewHttpClient();
        using var request = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        using var response = await (anonymous ?? _admin).SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }
}
