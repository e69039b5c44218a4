using System.Text;
using Dotkube.Api.Meta;
using Dotkube.Api.Serialization;

namespace Dotkube.Api.Tests.Meta;

public class StatusJsonTests
{
    [Fact]
    public void Serialize_StatusWithCause_WritesUpstreamShape()
    {
        var status = new Status
        {
            Kind = "Status",
            ApiVersion = "v1",
            Outcome = "Failure",
            Message = "Pod \"x\" is invalid",
            Reason = "Invalid",
            Details = new StatusDetails
            {
                Name = "x",
                Kind = "Pod",
                Causes = [new StatusCause { Type = "FieldValueRequired", Message = "Required value", Field = "spec.containers" }],
            },
            Code = 422,
        };

        var json = Encoding.UTF8.GetString(KubeJson.Serialize(status));

        Assert.Equal(
            """{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"Pod \"x\" is invalid","reason":"Invalid","details":{"name":"x","kind":"Pod","causes":[{"reason":"FieldValueRequired","message":"Required value","field":"spec.containers"}]},"code":422}""",
            json);
    }

    [Fact]
    public void Deserialize_CauseReasonKey_ReadsIntoType()
    {
        var status = KubeJson.Deserialize<Status>("""{"details":{"causes":[{"reason":"FieldValueInvalid"}]}}"""u8);

        Assert.Equal("FieldValueInvalid", status.Details!.Causes![0].Type);
    }
}
