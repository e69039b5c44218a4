using System.Text;
using Dotkube.Api.Meta;
using Dotkube.Api.Schema;
using Dotkube.Api.Serialization;
using Dotkube.ApiServer.Printing;

namespace Dotkube.ApiServer.Tests.Printing;

/// <summary>
/// Golden files: each Golden/*.yaml holds objects of one kind, and the matching .txt is the
/// table kubectl would print for them with <c>-o wide</c>, so a change in any cell shows as a
/// readable diff. Golden/columns.txt pins every resource's column definitions.
/// </summary>
public sealed class GoldenTableTests
{
    /// <summary>The "now" every fixture's timestamps are written against.</summary>
    internal static readonly DateTimeOffset Now = new(2024, 5, 1, 12, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> Fixtures =>
        [.. System.IO.Directory.GetFiles(GoldenFile.Directory, "*.yaml").Select(path => Path.GetFileNameWithoutExtension(path)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Table_OfFixture_MatchesGoldenFile(string fixture)
    {
        var decoded = KubeDecoder.DecodeAll(File.ReadAllBytes(Path.Combine(GoldenFile.Directory, fixture + ".yaml")));
        var resource = decoded[0].Resource;
        Assert.All(decoded, d => Assert.Equal(resource.Gvk, d.Resource.Gvk));

        var table = TableConvertor.Default.Convert(
            [.. decoded.Select(d => (KubeObject)d.Object)], resource, TableOptions.Default, Now);

        var qualified = resource.Group.Length == 0 ? resource.Plural : resource.Plural + "." + resource.Version + "." + resource.Group;
        var text = $"# kubectl get {qualified} -o wide, at {Now:yyyy-MM-ddTHH:mm:ssZ}\n" + TableText.Render(table, wide: true);
        GoldenFile.AssertMatches(fixture + ".txt", text);
    }

    [Fact]
    public void ColumnDefinitions_OfEveryListableResource_MatchGoldenFile()
    {
        var text = new StringBuilder();
        foreach (var resource in Scheme.Default.All.Where(r => r.HasVerb("list")))
        {
            text.Append(resource.Plural).Append(' ').Append(resource.ApiVersion).Append('\n');
            foreach (var column in TableConvertor.Default.Columns(resource))
            {
                text.Append("  ").Append(column.Name)
                    .Append(" | ").Append(column.Type)
                    .Append(" | ").Append(column.Format)
                    .Append(" | ").Append(column.Priority)
                    .Append(" | ").Append(column.Description.Replace("\n", "\\n", StringComparison.Ordinal))
                    .Append('\n');
            }
        }

        GoldenFile.AssertMatches("columns.txt", text.ToString());
    }
}
