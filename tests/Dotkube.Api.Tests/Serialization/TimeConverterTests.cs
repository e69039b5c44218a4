using System.Text;
using Dotkube.Api.Authentication.V1;
using Dotkube.Api.Coordination.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Serialization;

namespace Dotkube.Api.Tests.Serialization;

public class TimeConverterTests
{
    [Fact]
    public void Serialize_Time_IsUtcWholeSeconds()
    {
        var meta = new ObjectMeta { CreationTimestamp = new DateTimeOffset(2024, 5, 1, 12, 0, 30, 999, TimeSpan.FromHours(2)) };

        Assert.Equal("""{"creationTimestamp":"2024-05-01T10:00:30Z"}""", Encoding.UTF8.GetString(KubeJson.Serialize(meta)));
    }

    [Fact]
    public void Serialize_MicroTime_HasSixFractionalDigits()
    {
        var lease = new LeaseSpec { RenewTime = new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.Zero).AddTicks(1234560) };

        Assert.Contains("\"renewTime\":\"2024-05-01T10:00:00.123456Z\"", Encoding.UTF8.GetString(KubeJson.Serialize(lease)), StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_ZeroRequiredTime_IsNullAsUpstream()
    {
        var json = Encoding.UTF8.GetString(KubeJson.Serialize(new TokenRequestStatus { Token = "t" }));

        Assert.Equal("""{"token":"t","expirationTimestamp":null}""", json);
    }

    [Fact]
    public void Deserialize_NullRequiredTime_IsZero()
    {
        var status = KubeJson.Deserialize<TokenRequestStatus>("""{"token":"t","expirationTimestamp":null}"""u8);

        Assert.Equal(default, status.ExpirationTimestamp);
    }

    [Theory]
    [InlineData("\"2024-05-01T10:00:00+02:00\"", "2024-05-01T08:00:00Z")]
    [InlineData("\"2024-05-01T10:00:00.5Z\"", "2024-05-01T10:00:00Z")]
    [InlineData("\"2024-05-01T10:00:00Z\"", "2024-05-01T10:00:00Z")]
    public void Deserialize_Rfc3339Variants_NormalizeToUtcSeconds(string input, string expected)
    {
        var meta = KubeJson.Deserialize<ObjectMeta>(Encoding.UTF8.GetBytes($$"""{"creationTimestamp":{{input}}}"""));

        Assert.Equal($$"""{"creationTimestamp":"{{expected}}"}""", Encoding.UTF8.GetString(KubeJson.Serialize(meta)));
    }

    [Fact]
    public void Deserialize_NotATime_Fails()
    {
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => KubeJson.Deserialize<ObjectMeta>("""{"creationTimestamp":"yesterday"}"""u8));
    }
}
