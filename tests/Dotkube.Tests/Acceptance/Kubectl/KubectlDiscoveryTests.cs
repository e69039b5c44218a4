using System.Text.Json.Nodes;

namespace Dotkube.Tests.Acceptance.Kubectl;

/// <summary>kubectl's discovery-driven commands: version, api-resources, api-versions, explain.</summary>
[Collection(KubectlCollection.Name)]
public class KubectlDiscoveryTests(ApiOnlyServerFixture server)
{
    [Fact]
    public async Task GetRawVersion_ReportsKubernetes132WithUpstreamVersionInfoFields()
    {
        var result = await server.Kubectl.RunAsync("get", "--raw", "/version");

        var version = JsonNode.Parse(result.Ok())!.AsObject();
        // k8s.io/apimachinery/pkg/version.Info as served by kube-apiserver 1.32.
        Assert.Equal(
            ["buildDate", "compiler", "gitCommit", "gitTreeState", "gitVersion", "goVersion", "major", "minor", "platform"],
            version.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal("1", (string?)version["major"]);
        Assert.Equal("32", (string?)version["minor"]);
        Assert.Matches(@"^v1\.32\.\d+", (string?)version["gitVersion"]);
        Assert.Matches("^linux/(amd64|arm64)$", (string?)version["platform"]);
    }

    [Theory]
    [InlineData("", "api-resources-core.txt")]
    [InlineData("apps", "api-resources-apps.txt")]
    public async Task ApiResources_OneGroup_PrintsUpstreamResourceTable(string group, string golden)
    {
        var result = await server.Kubectl.RunAsync("api-resources", "--api-group=" + group);

        Golden.AssertTable(golden, result);
    }

    [Fact]
    public async Task ApiVersions_ListsTheGroupVersionsDotkubeServes()
    {
        var result = await server.Kubectl.RunAsync("api-versions");

        // kube-apiserver 1.32 also serves admissionregistration.k8s.io, apiregistration.k8s.io,
        // certificates.k8s.io, flowcontrol.apiserver.k8s.io and node.k8s.io, and core/v1
        // componentstatuses (api-resources-core.txt); dotkube does not serve those kinds yet.

        Golden.AssertText("api-versions.txt", result);
    }

    [Fact]
    public async Task ExplainPodsSpecContainers_PrintsUpstreamFieldsEachDocumented()
    {
        var result = await server.Kubectl.RunAsync("explain", "pods.spec.containers");

        var lines = result.Ok().ReplaceLineEndings("\n").Split('\n');
        // Kind, version, field and each field's name and type, as kubectl 1.32 prints them from upstream's OpenAPI v3.
        var structure = lines.Where(l => l.StartsWith("KIND:", StringComparison.Ordinal) || l.StartsWith("VERSION:", StringComparison.Ordinal)
            || l.StartsWith("FIELD:", StringComparison.Ordinal) || System.Text.RegularExpressions.Regex.IsMatch(l, "^  [A-Za-z]+\t<"));
        Golden.AssertLines("explain-pods-spec-containers.txt", string.Join('\n', structure), result);

        var description = string.Join(' ', lines.SkipWhile(l => l != "DESCRIPTION:").Skip(1).TakeWhile(l => l != "FIELDS:").Select(l => l.Trim()).Where(l => l.Length > 0));
        // Descriptions are dotkube's own words (upstream's prose is not copied), but every field has one.
        Assert.True(description.Contains("container", StringComparison.OrdinalIgnoreCase), $"DESCRIPTION should describe containers\n{result}");
        Assert.True(!result.Stdout.Contains("<no description>", StringComparison.Ordinal), $"every Container field is documented\n{result}");
    }
}
