using System.Text;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Serialization;

namespace Dotkube.Api.Tests.Core.V1;

public class SecretJsonTests
{
    private const string TlsSecret = """
        {
          "kind": "Secret", "apiVersion": "v1",
          "metadata": { "name": "web-tls", "namespace": "default", "creationTimestamp": null },
          "immutable": true,
          "data": { "tls.crt": "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t", "tls.key": "AAEC/f7/", "empty": "" },
          "type": "kubernetes.io/tls"
        }
        """;

    [Fact]
    public void RoundTrip_TlsSecret_IsUnchanged()
    {
        var secret = ClusterJson.AssertRoundTrips<Secret>(TlsSecret);

        Assert.Equal(SecretType.Tls, secret.Type);
        Assert.True(secret.Immutable);
    }

    [Fact]
    public void Decode_Data_IsBase64DecodedToBytes()
    {
        var secret = ClusterJson.Decode<Secret>(TlsSecret);

        Assert.Equal("-----BEGIN CERTIFICATE-----", Encoding.ASCII.GetString(secret.Data!["tls.crt"]));
        Assert.Equal(new byte[] { 0x00, 0x01, 0x02, 0xfd, 0xfe, 0xff }, secret.Data["tls.key"]);
        Assert.Empty(secret.Data["empty"]);
    }

    [Fact]
    public void Encode_BinaryData_WritesStandardBase64()
    {
        var secret = new Secret
        {
            Metadata = { Name = "s" },
            Data = new() { ["password"] = "s3cr3t"u8.ToArray(), ["bin"] = [0xff, 0xfe] },
            Type = SecretType.Opaque,
        };

        var json = Encoding.UTF8.GetString(KubeJson.SerializeObject(secret));

        Assert.Equal(
            """{"kind":"Secret","apiVersion":"v1","metadata":{"name":"s","creationTimestamp":null},"data":{"password":"czNjcjN0","bin":"//4="},"type":"Opaque"}""",
            json);
    }

    [Fact]
    public void Decode_StringData_KeepsPlainText()
    {
        var secret = ClusterJson.Decode<Secret>("""{"stringData":{"username":"admin"},"type":"kubernetes.io/basic-auth"}""");

        Assert.Equal("admin", secret.StringData!["username"]);
        Assert.Null(secret.Data);
    }
}
