namespace Dotkube.ApiServer.Tests.Server;

public sealed class ServiceAllocationTests(ApiServerFixture server) : IClassFixture<ApiServerFixture>
{
    private async Task<string> NewNamespaceAsync()
    {
        var name = "s-" + Guid.NewGuid().ToString("N")[..10];
        Assert.Equal(201, (await server.PostAsync("/api/v1/namespaces", $$$"""{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"{{{name}}}"}}""")).Code);
        return name;
    }

    private static string Service(string name, string type = "ClusterIP", string clusterIp = "", int? nodePort = null) =>
        $$$"""
        {"apiVersion":"v1","kind":"Service","metadata":{"name":"{{{name}}}"},
         "spec":{"type":"{{{type}}}"{{{(clusterIp.Length > 0 ? $",\"clusterIP\":\"{clusterIp}\"" : "")}}},"selector":{"app":"x"},
          "ports":[{"port":80{{{(nodePort is null ? "" : $",\"nodePort\":{nodePort}")}}}}]}}
        """;

    [Fact]
    public async Task Create_ConcurrentServices_GetDistinctAddressesInTheRange()
    {
        var ns = await NewNamespaceAsync();
        var answers = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => server.PostAsync($"/api/v1/namespaces/{ns}/services", Service($"s{i}"))));

        Assert.All(answers, a => Assert.Equal(201, a.Code));
        var ips = answers.Select(a => a.Json["spec"]!["clusterIP"]!.GetValue<string>()).ToList();
        Assert.Equal(ips.Count, ips.Distinct().Count());
        Assert.All(ips, ip => Assert.StartsWith("10.43.", ip));
        // Dynamic addresses stay above the static band, so 10.43.0.10 remains free for DNS.
        Assert.DoesNotContain("10.43.0.10", ips);
        Assert.Equal(["IPv4"], answers[0].Json["spec"]!["ipFamilies"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Equal("SingleStack", answers[0].Json["spec"]!["ipFamilyPolicy"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_RequestedAddressTaken_Returns422_AndIsFreedByDelete()
    {
        var ns = await NewNamespaceAsync();
        Assert.Equal(201, (await server.PostAsync($"/api/v1/namespaces/{ns}/services", Service("a", clusterIp: "10.43.0.77"))).Code);

        var taken = await server.PostAsync($"/api/v1/namespaces/{ns}/services", Service("b", clusterIp: "10.43.0.77"));
        Assert.Equal(422, taken.Code);
        Assert.Contains("provided IP is already allocated", taken.Json["message"]!.GetValue<string>());

        Assert.Equal(200, (await server.DeleteAsync($"/api/v1/namespaces/{ns}/services/a")).Code);
        Assert.Equal(201, (await server.PostAsync($"/api/v1/namespaces/{ns}/services", Service("b", clusterIp: "10.43.0.77"))).Code);
    }

    [Fact]
    public async Task Create_AddressOutsideTheRange_Returns422()
    {
        var ns = await NewNamespaceAsync();
        var outside = await server.PostAsync($"/api/v1/namespaces/{ns}/services", Service("a", clusterIp: "10.99.0.5"));
        Assert.Equal(422, outside.Code);
        Assert.Contains("not in the valid range", outside.Json["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task NodePort_AllocatedOrHonoured_DuplicatesRejected()
    {
        var ns = await NewNamespaceAsync();
        var picked = await server.PostAsync($"/api/v1/namespaces/{ns}/services", Service("np", type: "NodePort"));
        Assert.InRange(picked.Json["spec"]!["ports"]![0]!["nodePort"]!.GetValue<int>(), 30000, 32767);

        Assert.Equal(201, (await server.PostAsync($"/api/v1/namespaces/{ns}/services", Service("fixed", type: "NodePort", nodePort: 31234))).Code);
        var taken = await server.PostAsync($"/api/v1/namespaces/{ns}/services", Service("again", type: "NodePort", nodePort: 31234));
        Assert.Equal(422, taken.Code);
        Assert.Contains("provided port is already allocated", taken.Json["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Headless_KeepsNone_AndFailedCreateReleasesItsAddress()
    {
        var ns = await NewNamespaceAsync();
        var headless = await server.PostAsync($"/api/v1/namespaces/{ns}/services", Service("h", clusterIp: "None"));
        Assert.Equal("None", headless.Json["spec"]!["clusterIP"]!.GetValue<string>());

        // Invalid after allocation (bad port): the address it reserved must be free again.
        var invalid = Service("bad", clusterIp: "10.43.0.88").Replace("\"port\":80", "\"port\":0", StringComparison.Ordinal);
        Assert.Equal(422, (await server.PostAsync($"/api/v1/namespaces/{ns}/services", invalid)).Code);
        Assert.Equal(201, (await server.PostAsync($"/api/v1/namespaces/{ns}/services", Service("good", clusterIp: "10.43.0.88"))).Code);
    }
}
