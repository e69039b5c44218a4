namespace Dotkube.Tests.Acceptance.Kubectl;

/// <summary>Set-up steps the kubectl tests share; each test passes its own namespace.</summary>
public static class KubectlSteps
{
    /// <summary>A namespace holding Manifests/app.yaml (Deployment web, Service web, ConfigMap web-config).</summary>
    public static async Task ApplyAppAsync(this BinaryServerFixture server, string ns)
    {
        await server.CreateNamespaceAsync(ns);
        (await server.Kubectl.RunAsync("apply", "-n", ns, "-f", AcceptancePaths.Manifest("app.yaml"))).Ok();
    }

    /// <summary>Applies YAML or JSON given inline, through stdin.</summary>
    public static async Task ApplyAsync(this BinaryServerFixture server, string ns, string manifest) =>
        (await server.Kubectl.RunAsync(["apply", "-n", ns, "-f", "-"], new ToolOptions { Stdin = manifest })).Ok();

    /// <summary>kubectl get NAME -o jsonpath=TEMPLATE, for asserting single fields.</summary>
    public static async Task<string> JsonPathAsync(this BinaryServerFixture server, string ns, string resource, string template) =>
        (await server.Kubectl.RunAsync("get", resource, "-n", ns, "-o", "jsonpath=" + template)).Ok();
}
