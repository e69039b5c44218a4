using Dotkube.Api.Meta;
using Dotkube.Api.Serialization;

namespace Dotkube.Api.Tests.Serialization;

public class JsonToYamlTests
{
    [Fact]
    public void FromJson_SortsKeysAndQuotesAmbiguousStrings()
    {
        var yaml = KubeYaml.FromJson("""{"b":{"on":"true","n":"123","t":"2024-01-02T03:04:05Z","s":"plain","e":""},"a":[1,1.5,null,true],"c":[],"d":{}}"""u8);

        Assert.Equal(
            "a:\n- 1\n- 1.5\n- null\n- true\nb:\n  e: \"\"\n  \"n\": \"123\"\n  \"on\": \"true\"\n  s: plain\n  t: \"2024-01-02T03:04:05Z\"\nc: []\nd: {}\n",
            yaml);
    }

    [Fact]
    public void FromJson_KeepOrder_WhenAsked()
    {
        Assert.Equal("z: 1\na: 2\n", KubeYaml.FromJson("""{"z":1,"a":2}"""u8, sortKeys: false));
    }

    [Fact]
    public void FromJson_MultilineString_IsLiteralBlock()
    {
        Assert.Equal("a: |-\n  x\n  y\n", KubeYaml.FromJson("""{"a":"x\ny"}"""u8));
    }

    [Fact]
    public void Serialize_RoundTripsThroughYaml()
    {
        var status = new Status { Kind = "Status", ApiVersion = "v1", Outcome = "Failure", Message = "yes", Code = 404 };

        var yaml = KubeYaml.Serialize(status);
        var back = KubeJson.Deserialize<Status>(KubeYaml.ToJson(System.Text.Encoding.UTF8.GetBytes(yaml)));

        Assert.Equal("apiVersion: v1\ncode: 404\nkind: Status\nmessage: \"yes\"\nmetadata: {}\nstatus: Failure\n", yaml);
        Assert.Equal("yes", back.Message);
        Assert.Equal(404, back.Code);
    }
}
