using System.Text.Json;
using Dotkube.Api.ApiExtensions.V1;
using Dotkube.Api.Apps.V1;
using Dotkube.Api.Coordination.V1;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Protobuf;
using Dotkube.Api.Serialization;
using static Dotkube.Api.Tests.Protobuf.ProtoBuilder;

namespace Dotkube.Api.Tests.Protobuf;

/// <summary>
/// Hand-built messages for the wire rules and the types with their own JSON form. Field
/// numbers are go-to-protobuf's (ObjectMeta: name 1, creationTimestamp 8, labels 11, ...).
/// </summary>
public class ProtoJsonWriterTests
{
    private static readonly long May1 = new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();

    [Fact]
    public void Time_SecondsAndNanos_IsRfc3339WithWholeSeconds()
    {
        var meta = new ProtoBuilder().String(1, "n")
            .Message(8, t => t.Varint(1, May1).Varint(2, 123_456_789L))
            .Message(9, t => t.Varint(1, May1 + 61));

        var json = Json(Object(meta));

        // Upstream's Time.Unmarshal drops nanoseconds; its JSON has whole seconds only.
        Assert.Contains("\"creationTimestamp\":\"2024-05-01T10:00:00Z\",\"deletionTimestamp\":\"2024-05-01T10:01:01Z\"", json);
    }

    [Fact]
    public void Time_EmptyOrGoZero_IsLeftOut()
    {
        var empty = new ProtoBuilder().String(1, "n").Message(8, new ProtoBuilder());
        var goZero = new ProtoBuilder().String(1, "n").Message(9, t => t.Varint(1, -62_135_596_800L));

        Assert.Equal("""{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"n"}}""", Json(Object(empty)));
        Assert.Equal("""{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"n"}}""", Json(Object(goZero)));
    }

    [Fact]
    public void MicroTime_KeepsSixFractionalDigits()
    {
        var spec = new ProtoBuilder()
            .String(1, "holder")
            .Message(3, t => t.Varint(1, May1).Varint(2, 123_456_789L))
            .Message(4, t => t.Varint(1, May1));
        var body = new ProtoBuilder().Message(1, m => m.String(1, "l")).Message(2, spec).Envelope("coordination.k8s.io/v1", "Lease");

        var lease = Assert.IsType<Lease>(KubeProtobuf.Decode(body, FieldValidation.Strict).Object);

        Assert.Contains("\"acquireTime\":\"2024-05-01T10:00:00.123456Z\",\"renewTime\":\"2024-05-01T10:00:00.000000Z\"", Json(body));
        Assert.Equal("holder", lease.Spec!.HolderIdentity);
    }

    [Fact]
    public void Time_OutsideGoRange_IsADecodeError()
    {
        var meta = new ProtoBuilder().Message(8, t => t.Varint(1, long.MaxValue / 2));

        var error = Assert.Throws<DecodeException>(() => Json(Object(meta)));

        Assert.Equal("Time.MarshalJSON: year outside of range [0,9999]", error.Message);
    }

    [Fact]
    public void Map_EntriesAreSortedAndALaterKeyWins()
    {
        var meta = new ProtoBuilder().String(1, "n")
            .Entry(11, "zone", "a")
            .Entry(11, "app", "web")
            .Entry(11, "zone", "b")
            .Message(12, e => e.String(1, "no-value"));

        Assert.Contains("\"labels\":{\"app\":\"web\",\"zone\":\"b\"},\"annotations\":{\"no-value\":\"\"}", Json(Object(meta)));
    }

    [Fact]
    public void Repeated_PackedAndUnpackedInts_GiveTheSameArray()
    {
        var packed = PodWithSecurityContext(s => s.Packed(4, 1000, 2000, -1));
        var unpacked = PodWithSecurityContext(s => s.Varint(4, 1000L).Varint(4, 2000L).Varint(4, -1L));

        Assert.Contains("\"securityContext\":{\"supplementalGroups\":[1000,2000,-1]}", Json(packed));
        Assert.Equal(Json(packed), Json(unpacked));
        var pod = Assert.IsType<Pod>(KubeProtobuf.Decode(packed, FieldValidation.Strict).Object);
        Assert.Equal([1000L, 2000L, -1L], pod.Spec.SecurityContext!.SupplementalGroups!);
    }

    [Fact]
    public void Fields_OutOfOrderAndInterleaved_AreWrittenInSchemaOrderWithArraysTogether()
    {
        var meta = new ProtoBuilder()
            .String(14, "f1")
            .String(1, "n")
            .Entry(11, "a", "b")
            .String(14, "f2");

        Assert.Equal(
            """{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"n","labels":{"a":"b"},"finalizers":["f1","f2"]}}""",
            Json(Object(meta)));
    }

    [Fact]
    public void Scalar_SeenTwice_KeepsTheLast()
    {
        var meta = new ProtoBuilder().String(1, "first").String(1, "second");

        Assert.Contains("\"metadata\":{\"name\":\"second\"}", Json(Object(meta)));
    }

    [Fact]
    public void Message_SeenTwice_MergesBothHalves()
    {
        var body = new ProtoBuilder()
            .Message(1, m => m.String(1, "n"))
            .Message(1, m => m.Entry(11, "a", "b"))
            .Envelope("v1", "Namespace");

        Assert.Equal("""{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"n","labels":{"a":"b"}}}""", Json(body));
    }

    [Fact]
    public void UnknownFieldNumbers_OfEveryWireType_AreSkipped()
    {
        var meta = new ProtoBuilder()
            .Varint(99, 7L)
            .Fixed64(98, 1)
            .String(97, "x")
            .Tag(96, 5).Raw([1, 2, 3, 4])
            .String(1, "n");

        Assert.Equal("""{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"n"}}""", Json(Object(meta)));
    }

    [Fact]
    public void ValueFieldAtZero_IsLeftOut_PointerFieldAtZero_IsKept()
    {
        // DeploymentSpec: replicas (1) is *int32, minReadySeconds (5) int32, paused (7) bool.
        var spec = new ProtoBuilder().Varint(1, 0L).Varint(5, 0L).Bool(7, false);
        var body = new ProtoBuilder().Message(1, m => m.String(1, "d")).Message(2, spec).Envelope("apps/v1", "Deployment");

        Assert.Equal("""{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"d"},"spec":{"replicas":0}}""", Json(body));
    }

    [Fact]
    public void IntOrString_BothForms_AndZeroValueFieldLeftOut()
    {
        // ServicePort: name 1, port 3, targetPort 4 (a value IntOrString: zero means unset).
        var named = ServiceWithPort(p => p.Varint(3, 80L).Message(4, t => t.Varint(1, 1L).String(3, "http")));
        var number = ServiceWithPort(p => p.Varint(3, 80L).Message(4, t => t.Varint(2, 8080L)));
        var zero = ServiceWithPort(p => p.Varint(3, 80L).Message(4, new ProtoBuilder()));

        Assert.Contains("\"ports\":[{\"port\":80,\"targetPort\":\"http\"}]", Json(named));
        Assert.Contains("\"ports\":[{\"port\":80,\"targetPort\":8080}]", Json(number));
        Assert.Contains("\"ports\":[{\"port\":80}]", Json(zero));
        var service = Assert.IsType<Service>(KubeProtobuf.Decode(named, FieldValidation.Strict).Object);
        Assert.Equal("http", service.Spec.Ports![0].TargetPort!.Value.StringValue);
    }

    [Fact]
    public void IntOrString_UnknownType_IsUpstreamsError()
    {
        var body = ServiceWithPort(p => p.Message(4, t => t.Varint(1, 2L)));

        Assert.Equal("impossible IntOrString.Type", Assert.Throws<DecodeException>(() => Json(body)).Message);
    }

    [Fact]
    public void Quantity_IsItsString_AndEmptyIsZero()
    {
        // ResourceQuota spec (2) hard (1): map<string, Quantity>.
        var spec = new ProtoBuilder()
            .Message(1, e => e.String(1, "cpu").Message(2, q => q.String(1, "500m")))
            .Message(1, e => e.String(1, "pods").Message(2, new ProtoBuilder()))
            .Message(1, e => e.String(1, "memory"));
        var body = new ProtoBuilder().Message(1, m => m.String(1, "q")).Message(2, spec).Envelope("v1", "ResourceQuota");

        Assert.Contains("\"hard\":{\"cpu\":\"500m\",\"memory\":\"0\",\"pods\":\"0\"}", Json(body));
        var quota = Assert.IsType<ResourceQuota>(KubeProtobuf.Decode(body, FieldValidation.Strict).Object);
        Assert.Equal("500m", quota.Spec!.Hard!["cpu"].ToString());
    }

    [Fact]
    public void Bytes_AreBase64()
    {
        var body = new ProtoBuilder()
            .Message(1, m => m.String(1, "s"))
            .Message(2, e => e.String(1, "k").Bytes(2, [0, 0xff, 0x10]))
            .Envelope("v1", "Secret");

        Assert.Contains("\"data\":{\"k\":\"AP8Q\"}", Json(body));
    }

    [Fact]
    public void String_InvalidUtf8_BecomesReplacementCharacters()
    {
        var meta = new ProtoBuilder().Bytes(1, [(byte)'a', 0xff, (byte)'b']);

        var name = JsonDocument.Parse(Json(Object(meta))).RootElement.GetProperty("metadata").GetProperty("name").GetString();

        Assert.Equal("a\uFFFDb", name);
    }

    [Fact]
    public void RawExtension_Json_IsEmbeddedAsIs()
    {
        var body = new ProtoBuilder()
            .Message(1, m => m.String(1, "r"))
            .Message(2, r => r.String(1, """{"spec":{"a":[1,true,null]}}"""))
            .Varint(3, 4L)
            .Envelope("apps/v1", "ControllerRevision");

        var revision = Assert.IsType<ControllerRevision>(KubeProtobuf.Decode(body, FieldValidation.Strict).Object);

        Assert.Contains("\"data\":{\"spec\":{\"a\":[1,true,null]}},\"revision\":4", Json(body));
        Assert.Equal(4, revision.Revision);
    }

    [Fact]
    public void RawExtension_NestedEnvelope_BecomesTheNestedObject()
    {
        var pod = new ProtoBuilder().Message(1, m => m.String(1, "p")).Envelope("v1", "Pod");
        var body = new ProtoBuilder().String(1, "ADDED").Message(2, r => r.Bytes(1, pod)).Envelope("v1", "WatchEvent");

        Assert.Equal(
            """{"apiVersion":"v1","kind":"WatchEvent","type":"ADDED","object":{"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"}}}""",
            Json(body));
    }

    [Theory]
    [InlineData("{\"a\":")]
    [InlineData("{} {}")]
    [InlineData("not json")]
    public void RawExtension_InvalidJson_IsADecodeError(string raw)
    {
        var body = new ProtoBuilder().Message(2, r => r.String(1, raw)).Envelope("apps/v1", "ControllerRevision");

        Assert.StartsWith("invalid JSON in an embedded raw field", Assert.Throws<DecodeException>(() => Json(body)).Message);
    }

    [Fact]
    public void ManagedFields_FieldsV1IsEmbeddedJsonAndTimeIsRfc3339()
    {
        var meta = new ProtoBuilder().String(1, "n").Message(17, e => e
            .String(1, "kubectl")
            .String(2, "Update")
            .String(3, "v1")
            .Message(4, t => t.Varint(1, May1))
            .String(6, "FieldsV1")
            .Message(7, f => f.String(1, """{"f:metadata":{"f:labels":{}}}""")));

        Assert.Contains(
            ""","managedFields":[{"manager":"kubectl","operation":"Update","apiVersion":"v1","time":"2024-05-01T10:00:00Z","fieldsType":"FieldsV1","fieldsV1":{"f:metadata":{"f:labels":{}}}}]""",
            Json(Object(meta)));
        Assert.IsType<Namespace>(KubeProtobuf.Decode(Object(meta), FieldValidation.Strict).Object);
    }

    [Fact]
    public void CustomResourceDefinition_SchemaUnionsAndRawJson_DecodeStrict()
    {
        var schema = new ProtoBuilder()
            .String(5, "object")
            .Message(29, e => e.String(1, "replicas").Message(2, p => p
                .String(5, "integer")
                .Message(8, d => d.String(1, "1"))
                .Double(9, 10.5)))
            .Message(29, e => e.String(1, "tags").Message(2, p => p
                .String(5, "array")
                .Message(24, i => i.Message(1, s => s.String(5, "string").Message(20, j => j.String(1, "\"a\"")).Message(20, j => j.String(1, "\"b\""))))))
            .Message(29, e => e.String(1, "extra").Message(2, p => p
                .String(5, "object")
                .Message(30, a => a.Bool(1, false))))
            .Message(29, e => e.String(1, "any").Message(2, p => p.Bool(38, true)));
        var version = new ProtoBuilder().String(1, "v1").Bool(2, true).Bool(3, true).Message(4, v => v.Message(1, schema));
        var spec = new ProtoBuilder()
            .String(1, "example.com")
            .Message(3, n => n.String(1, "widgets").String(2, "widget").String(4, "Widget").String(5, "WidgetList"))
            .String(4, "Namespaced")
            .Message(7, version);
        var body = new ProtoBuilder().Message(1, m => m.String(1, "widgets.example.com")).Message(2, spec)
            .Envelope("apiextensions.k8s.io/v1", "CustomResourceDefinition");

        var json = Json(body);
        var crd = Assert.IsType<CustomResourceDefinition>(KubeProtobuf.Decode(body, FieldValidation.Strict).Object);

        Assert.Contains(
            ""","properties":{"any":{"x-kubernetes-preserve-unknown-fields":true},"extra":{"type":"object","additionalProperties":false},"replicas":{"type":"integer","default":1,"maximum":10.5},"tags":{"type":"array","items":{"type":"string","enum":["a","b"]}}}""",
            json);
        var properties = crd.Spec.Versions[0].Schema!.OpenAPIV3Schema!.Properties!;
        Assert.Equal(10.5, properties["replicas"].Maximum);
        Assert.Equal(1, properties["replicas"].Default!.Value.GetInt32());
        Assert.True(properties["any"].XPreserveUnknownFields);
    }

    [Fact]
    public void Double_NaN_IsGoEncodersError()
    {
        var schema = new ProtoBuilder().Double(9, double.NaN);
        var spec = new ProtoBuilder().Message(7, v => v.Message(4, s => s.Message(1, schema)));
        var body = new ProtoBuilder().Message(2, spec).Envelope("apiextensions.k8s.io/v1", "CustomResourceDefinition");

        Assert.Equal("json: unsupported value: NaN", Assert.Throws<DecodeException>(() => Json(body)).Message);
    }

    [Fact]
    public void Nesting_DeeperThanTheCap_IsADecodeError()
    {
        // JSONSchemaProps.not (28) nests without end; the cap stops it.
        var schema = new ProtoBuilder().String(5, "object");
        for (var i = 0; i < ProtoJsonWriter.MaxDepth + 5; i++)
        {
            schema = new ProtoBuilder().Message(28, schema);
        }

        var spec = new ProtoBuilder().Message(7, v => v.Message(4, s => s.Message(1, schema)));
        var body = new ProtoBuilder().Message(2, spec).Envelope("apiextensions.k8s.io/v1", "CustomResourceDefinition");

        Assert.Contains("maximum nesting depth", Assert.Throws<DecodeException>(() => Json(body)).Message);
    }

    [Fact]
    public void WireType_NotTheFieldsType_IsADecodeError()
    {
        var meta = new ProtoBuilder().Varint(1, 5L);

        Assert.Equal("proto: wrong wireType = 0 for field name", Assert.Throws<DecodeException>(() => Json(Object(meta))).Message);
    }

    /// <summary>A Namespace around the given ObjectMeta.</summary>
    private static byte[] Object(ProtoBuilder meta) => new ProtoBuilder().Message(1, meta).Envelope("v1", "Namespace");

    private static byte[] PodWithSecurityContext(Action<ProtoBuilder> securityContext) =>
        new ProtoBuilder()
            .Message(1, m => m.String(1, "p"))
            .Message(2, s => s.Message(2, c => c.String(1, "c").String(2, "nginx")).Message(14, securityContext))
            .Envelope("v1", "Pod");

    private static byte[] ServiceWithPort(Action<ProtoBuilder> port) =>
        new ProtoBuilder().Message(1, m => m.String(1, "s")).Message(2, s => s.Message(1, port)).Envelope("v1", "Service");
}
