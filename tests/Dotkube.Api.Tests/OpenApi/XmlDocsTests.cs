using System.Xml.Linq;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.OpenApi;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Tests.OpenApi;

public class XmlDocsTests
{
    [Fact]
    public void Parse_Summary_FlattensReferencesAndWhitespace()
    {
        var docs = XmlDocs.Parse(XDocument.Parse("""
            <doc><members>
              <member name="P:Dotkube.Api.Core.V1.PodSpec.RestartPolicy">
                <summary>One of <see cref="T:Dotkube.Api.Core.V1.RestartPolicy"/>;
                  defaulted to <c>Always</c>, never <see langword="null"/>.</summary>
              </member>
              <member name="T:Dotkube.Api.Meta.KubeList`1"><summary>A list.</summary></member>
            </members></doc>
            """));

        Assert.Equal("One of RestartPolicy; defaulted to Always, never null.", docs.Property(typeof(PodSpec), "RestartPolicy"));
        Assert.Equal("A list.", docs.Type(typeof(KubeList<Pod>)));
        Assert.Null(docs.Type(typeof(Pod)));
    }

    [Fact]
    public void Load_FromTheBuildOutput_FindsSummaries()
    {
        var docs = XmlDocs.Load(typeof(Scheme).Assembly);

        Assert.NotNull(docs.Type(typeof(Scheme)));
    }
}
