using System.Text;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Serialization;

namespace Dotkube.Api.Tests.Core.V1;

public class EphemeralContainerJsonTests
{
    [Fact]
    public void Serialize_EphemeralContainer_WritesContainerFieldsThenTarget()
    {
        var container = new EphemeralContainer { Name = "debugger", Image = "busybox", Stdin = true, TargetContainerName = "web" };

        var json = Encoding.UTF8.GetString(KubeJson.Serialize(container));

        Assert.Equal("""{"name":"debugger","image":"busybox","resources":{},"stdin":true,"targetContainerName":"web"}""", json);
    }

    [Fact]
    public void Deserialize_EphemeralContainer_ReadsTarget()
    {
        var container = KubeJson.Deserialize<EphemeralContainer>("""{"name":"d","targetContainerName":"web","tty":true}"""u8);

        Assert.Equal("web", container.TargetContainerName);
        Assert.True(container.Tty);
    }
}
