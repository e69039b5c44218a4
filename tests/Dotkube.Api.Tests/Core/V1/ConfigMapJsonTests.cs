using Dotkube.Api.Core.V1;

namespace Dotkube.Api.Tests.Core.V1;

public class ConfigMapJsonTests
{
    private const string Json = """
        {
          "kind": "ConfigMap", "apiVersion": "v1",
          "metadata": { "name": "app-config", "namespace": "default", "creationTimestamp": null },
          "immutable": false,
          "data": { "game.properties": "enemies=aliens\nlives=3\n", "ui.properties": "color.good=purple" },
          "binaryData": { "logo.png": "iVBORw0KGgo=" }
        }
        """;

    [Fact]
    public void RoundTrip_DataAndBinaryData_IsUnchanged()
    {
        var configMap = ClusterJson.AssertRoundTrips<ConfigMap>(Json);

        Assert.Equal("enemies=aliens\nlives=3\n", configMap.Data!["game.properties"]);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0d, 0x0a, 0x1a, 0x0a }, configMap.BinaryData!["logo.png"]);
        Assert.False(configMap.Immutable);
    }

    [Fact]
    public void Encode_EmptyConfigMap_WritesMetadataOnly()
    {
        Assert.Equal("""{"metadata":{"creationTimestamp":null}}""", ClusterJson.Encode(new ConfigMap()));
    }
}
