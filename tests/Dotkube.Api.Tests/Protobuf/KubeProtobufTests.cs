using System.Text;
using System.Text.Json;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Protobuf;
using Dotkube.Api.Schema;
using Dotkube.Api.Serialization;

namespace Dotkube.Api.Tests.Protobuf;

/// <summary>The envelope, kind resolution, and behaviour on malformed and hostile input.</summary>
public class KubeProtobufTests
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Protobuf", "Fixtures");

    [Theory]
    [InlineData("")]
    [InlineData("k8s")]
    [InlineData("{\"kind\":\"Pod\"}")]
    [InlineData("k8s\u0001")]
    public void ToJson_WithoutMagic_IsUpstreamsError(string body)
    {
        var error = Assert.Throws<DecodeException>(() => KubeProtobuf.ToJson(Encoding.UTF8.GetBytes(body)));

        Assert.Equal("provided data does not appear to be a protobuf message, expected prefix [107 56 115 0]", error.Message);
        Assert.False(KubeProtobuf.HasMagic(Encoding.UTF8.GetBytes(body)));
    }

    [Fact]
    public void ToJson_UnknownKind_IsNotRegistered()
    {
        var body = new ProtoBuilder().Envelope("v1", "Widget");

        var error = Assert.Throws<DecodeException>(() => KubeProtobuf.ToJson(body));

        Assert.Equal($"no kind \"Widget\" is registered for version \"v1\" in scheme \"{KubeDecoder.SchemeName}\"", error.Message);
    }

    [Fact]
    public void ToJson_UnservedGroupVersion_IsNotRegistered()
    {
        var body = new ProtoBuilder().Envelope("example.com/v1", "Widget");

        Assert.StartsWith("no kind \"Widget\" is registered for version \"example.com/v1\"", Assert.Throws<DecodeException>(() => KubeProtobuf.ToJson(body)).Message);
    }

    [Fact]
    public void ToJson_EnvelopeWithoutKind_IsMissingKind()
    {
        var body = new ProtoBuilder().Message(1, m => m.String(1, "n")).Envelope("v1", "");

        var error = Assert.Throws<DecodeException>(() => KubeProtobuf.ToJson(body));

        Assert.Equal("Object 'Kind' is missing in 'runtime.TypeMeta{APIVersion:\"v1\", Kind:\"\"}'", error.Message);
    }

    [Fact]
    public void Decode_EnvelopeWithoutTypeMeta_TakesTheKindOfTheUrl()
    {
        var body = new ProtoBuilder().Message(1, m => m.String(1, "n")).Envelope("", "");
        var namespaces = Scheme.Default.Find(typeof(Namespace))!;

        var decoded = KubeProtobuf.Decode(body, FieldValidation.Strict, namespaces);

        Assert.Equal("n", Assert.IsType<Namespace>(decoded.Object).Metadata.Name);
    }

    [Theory]
    [InlineData("v1")]
    [InlineData("apps/v1")]
    public void ToJson_DeleteOptionsInAnyGroupVersion_IsTheMetaMessage(string apiVersion)
    {
        var body = new ProtoBuilder().Varint(1, 0L).String(4, "Foreground").String(5, "All").Envelope(apiVersion, "DeleteOptions");

        var json = Encoding.UTF8.GetString(KubeProtobuf.ToJson(body).Json);

        Assert.Equal($$"""{"apiVersion":"{{apiVersion}}","kind":"DeleteOptions","gracePeriodSeconds":0,"propagationPolicy":"Foreground","dryRun":["All"]}""", json);
    }

    [Fact]
    public void ToJson_TruncatedLength_IsUnexpectedEof()
    {
        byte[] body = [.. "k8s\0"u8, 0x12, 0x10, 0x0a];

        Assert.Equal("proto: unexpected EOF", Assert.Throws<DecodeException>(() => KubeProtobuf.ToJson(body)).Message);
    }

    [Fact]
    public void ToJson_OverlongVarint_IsIntegerOverflow()
    {
        byte[] body = [.. "k8s\0"u8, .. Enumerable.Repeat((byte)0xff, 11)];

        Assert.Equal("proto: integer overflow", Assert.Throws<DecodeException>(() => KubeProtobuf.ToJson(body)).Message);
    }

    [Fact]
    public void ToJson_GroupWireType_IsRejected()
    {
        byte[] body = [.. "k8s\0"u8, 0x0b];

        Assert.Equal("proto: illegal wireType 3", Assert.Throws<DecodeException>(() => KubeProtobuf.ToJson(body)).Message);
    }

    [Fact]
    public void ToJson_EveryTruncationOfEveryFixture_DecodesOrFailsCleanly()
    {
        foreach (var file in Directory.GetFiles(Fixtures, "*.pb"))
        {
            var body = File.ReadAllBytes(file);
            for (var length = 0; length < body.Length; length++)
            {
                ConvertsOrFailsCleanly(body[..length]);
            }
        }
    }

    [Fact]
    public void ToJson_BitFlippedFixtures_DecodeOrFailCleanly()
    {
        var random = new Random(20240501);
        foreach (var file in Directory.GetFiles(Fixtures, "*.pb"))
        {
            var original = File.ReadAllBytes(file);
            for (var i = 0; i < 300; i++)
            {
                var body = (byte[])original.Clone();
                for (var flips = random.Next(1, 4); flips > 0; flips--)
                {
                    var at = random.Next(4, body.Length);
                    body[at] ^= (byte)(1 << random.Next(8));
                }

                ConvertsOrFailsCleanly(body);
            }
        }
    }

    [Fact]
    public void ToJson_RandomMessagesForEveryKind_DecodeOrFailCleanly()
    {
        var random = new Random(42);
        foreach (var resource in Scheme.Default.All)
        {
            for (var i = 0; i < 40; i++)
            {
                var raw = RandomMessage(random, depth: 0);
                ConvertsOrFailsCleanly(new ProtoBuilder().Raw(raw).Envelope(resource.ApiVersion, resource.Kind));
            }
        }
    }

    [Fact]
    public void ToJson_RandomBytes_DecodeOrFailCleanly()
    {
        var random = new Random(7);
        for (var i = 0; i < 3000; i++)
        {
            var noise = new byte[random.Next(0, 64)];
            random.NextBytes(noise);
            ConvertsOrFailsCleanly([.. "k8s\0"u8, .. noise]);
        }
    }

    /// <summary>The contract on any input: valid JSON out, or a DecodeException; nothing else.</summary>
    private static void ConvertsOrFailsCleanly(byte[] body)
    {
        try
        {
            var converted = KubeProtobuf.ToJson(body);
            using var document = JsonDocument.Parse(converted.Json, new JsonDocumentOptions { MaxDepth = 1000 });
            Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
        }
        catch (DecodeException)
        {
        }
    }

    /// <summary>Wire-valid noise: small field numbers, every wire type, nested messages, so the fuzz reaches deep fields.</summary>
    private static List<byte> RandomMessage(Random random, int depth)
    {
        var builder = new ProtoBuilder();
        for (var fields = random.Next(0, 8); fields > 0; fields--)
        {
            var number = random.Next(1, 20);
            switch (random.Next(depth < 6 ? 5 : 4))
            {
                case 0:
                    builder.Varint(number, (ulong)random.NextInt64());
                    break;
                case 1:
                    builder.Fixed64(number, (ulong)random.NextInt64());
                    break;
                case 2:
                    builder.Tag(number, 5).Raw(BitConverter.GetBytes(random.Next()));
                    break;
                case 3:
                    var bytes = new byte[random.Next(0, 12)];
                    random.NextBytes(bytes);
                    builder.Bytes(number, bytes);
                    break;
                default:
                    builder.Bytes(number, [.. RandomMessage(random, depth + 1)]);
                    break;
            }
        }

        return [.. builder.ToArray()];
    }
}
