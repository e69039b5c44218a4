using System.Diagnostics;
using System.Text;
using Dotkube.Api.Apps.V1;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Schema;
using Dotkube.Api.Serialization;

namespace Dotkube.Api.Tests.Serialization;

public class KubeDecoderTests
{
    private static readonly ResourceInfo s_pods = Scheme.Default.Find(typeof(Pod))!;

    private static DecodeException Fails(string body, FieldValidation validation = FieldValidation.Ignore, ResourceInfo? into = null) =>
        Assert.Throws<DecodeException>(() => KubeDecoder.Decode(Encoding.UTF8.GetBytes(body), validation, into));

    [Fact]
    public void Decode_JsonPod_ResolvesKindThroughScheme()
    {
        var result = KubeDecoder.Decode("""{"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"},"spec":{"containers":[{"name":"c","image":"nginx"}]}}"""u8);

        var pod = Assert.IsType<Pod>(result.Object);
        Assert.Equal("p", pod.Metadata.Name);
        Assert.Equal(new GroupVersionKind("", "v1", "Pod"), result.Gvk);
    }

    [Fact]
    public void Decode_YamlDeployment_ResolvesGroupKind()
    {
        var yaml = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  labels:\n    app: web\nspec:\n  replicas: 3\n";

        var result = KubeDecoder.Decode(Encoding.UTF8.GetBytes(yaml));

        var deployment = Assert.IsType<Deployment>(result.Object);
        Assert.Equal(3, deployment.Spec.Replicas);
        Assert.Equal("web", deployment.Metadata.Labels!["app"]);
    }

    [Theory]
    [InlineData("""{"apiVersion":"v1","metadata":{}}""", "Object 'Kind' is missing in '{\"apiVersion\":\"v1\",\"metadata\":{}}'")]
    [InlineData("""{"kind":"Pod"}""", "Object 'apiVersion' is missing in '{\"kind\":\"Pod\"}'")]
    [InlineData("""{"apiVersion":"v1","kind":"Foo"}""", "no kind \"Foo\" is registered for version \"v1\" in scheme \"k8s.io/kubernetes/pkg/api/legacyscheme/scheme.go:30\"")]
    [InlineData("""{"apiVersion":"a/b/c","kind":"Foo"}""", "unexpected GroupVersion string: a/b/c")]
    [InlineData("""{"apiVersion":"v1","kind":3}""", "couldn't get version/kind; json parse error: json: cannot unmarshal number into Go struct field .kind of type string")]
    [InlineData("""[1]""", "couldn't get version/kind; json parse error: json: cannot unmarshal array into Go value of type struct { APIVersion string \"json:\\\"apiVersion,omitempty\\\"\"; Kind string \"json:\\\"kind,omitempty\\\"\" }")]
    public void Decode_BadTypeMeta_UpstreamMessages(string body, string message)
    {
        Assert.Equal(message, Fails(body).Message);
    }

    [Fact]
    public void Decode_MalformedJson_ReportsPosition()
    {
        var e = Fails("{\"apiVersion\":\"v1\",\n \"kind\": }");

        Assert.StartsWith("couldn't get version/kind; json parse error: ", e.Message);
        Assert.Contains("(line 2, column", e.Message);
    }

    [Fact]
    public void Decode_WrongJsonType_NamesGoStructField()
    {
        var e = Fails("""{"apiVersion":"v1","kind":"Pod","spec":{"containers":[{"name":"c","env":[{"name":"A","value":5}]}]}}""");

        Assert.Equal("json: cannot unmarshal number into Go struct field EnvVar.spec.containers.env.value of type string", e.Message);
    }

    [Fact]
    public void Decode_NumberLabelFromYaml_IsRejectedAsUpstream()
    {
        var e = Fails("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  labels:\n    enabled: true\n");

        Assert.Equal("json: cannot unmarshal bool into Go struct field ObjectMeta.metadata.labels of type string", e.Message);
    }

    [Fact]
    public void Decode_UnknownFieldsUnderStrict_ReportsEveryPath()
    {
        var body = """{"apiVersion":"v1","kind":"Pod","metadata":{"name":"p","name":"q","labels":{"a":"1","a":"2"}},"spec":{"foo":1,"containers":[{"name":"c"},{"name":"d","bar":{"x":1}}]},"extra":true}""";

        var e = Fails(body, FieldValidation.Strict);

        Assert.Equal(
            "strict decoding error: duplicate field \"metadata.name\", duplicate field \"metadata.labels.a\", unknown field \"spec.foo\", unknown field \"spec.containers[1].bar\", unknown field \"extra\"",
            e.Message);
        Assert.Equal(5, e.StrictErrors.Count);
    }

    [Fact]
    public void Decode_UnknownFieldsUnderWarn_ReturnsWarnings()
    {
        var result = KubeDecoder.Decode("""{"apiVersion":"v1","kind":"Pod","spec":{"foo":1}}"""u8, FieldValidation.Warn);

        Assert.Equal(["unknown field \"spec.foo\""], result.Warnings);
        Assert.IsType<Pod>(result.Object);
    }

    [Fact]
    public void Decode_UnknownFieldsUnderIgnore_Succeeds()
    {
        var result = KubeDecoder.Decode("""{"apiVersion":"v1","kind":"Pod","spec":{"foo":1}}"""u8);

        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Decode_YamlDuplicateKeyUnderStrict_ReportsYamlError()
    {
        var e = Fails("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  name: b\n", FieldValidation.Strict);

        Assert.Equal(
            "strict decoding error: error converting YAML to JSON: yaml: unmarshal errors:\n  line 5: key \"name\" already set in map",
            e.Message);
    }

    [Fact]
    public void Decode_WithTarget_DefaultsKindAndWrapsErrors()
    {
        var ok = KubeDecoder.Decode("""{"metadata":{"name":"p"}}"""u8, FieldValidation.Strict, s_pods);
        Assert.IsType<Pod>(ok.Object);

        var strict = Fails("""{"apiVersion":"v1","kind":"Pod","spec":{"foo":1}}""", FieldValidation.Strict, s_pods);
        Assert.Equal("Pod in version \"v1\" cannot be handled as a Pod: strict decoding error: unknown field \"spec.foo\"", strict.Message);

        var mismatch = Fails("""{"apiVersion":"v1","kind":"ConfigMap"}""", into: s_pods);
        Assert.Equal("ConfigMap in version \"v1\" cannot be handled as a Pod: converting (v1.ConfigMap) to (core.Pod): unknown conversion", mismatch.Message);

        var malformed = Fails("{nope", into: s_pods);
        Assert.StartsWith("the object provided is unrecognized (must be of type Pod): couldn't get version/kind; json parse error: ", malformed.Message);
        Assert.EndsWith("({nope)", malformed.Message);
    }

    [Fact]
    public void Decode_NullsFollowGoRules()
    {
        var result = KubeDecoder.Decode("""{"apiVersion":"v1","kind":"Pod","metadata":null,"spec":{"containers":[null,{"name":null}]}}"""u8);

        var pod = Assert.IsType<Pod>(result.Object);
        Assert.NotNull(pod.Metadata);
        Assert.Equal(2, pod.Spec.Containers.Count);
        Assert.All(pod.Spec.Containers, c => Assert.Equal("", c.Name));
    }

    [Fact]
    public void Decode_HundredLevelFreeFormNesting_IsAccepted()
    {
        var deep = new string('[', 100) + new string(']', 100);
        var body = "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"annotations\":{}},\"x\":" + deep + "}";

        var result = KubeDecoder.Decode(Encoding.UTF8.GetBytes(body), FieldValidation.Warn);

        Assert.Equal(["unknown field \"x\""], result.Warnings);
    }

    [Fact]
    public void Decode_TenThousandLevels_FailsCleanly()
    {
        var body = "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"x\":" + new string('[', 10_000) + new string(']', 10_000) + "}";
        var watch = Stopwatch.StartNew();

        var e = Fails(body);

        Assert.StartsWith("couldn't get version/kind; json parse error: ", e.Message);
        Assert.Contains("256", e.Message);
        Assert.True(watch.ElapsedMilliseconds < 1000);
    }

    [Fact]
    public void Decode_LargeConfigMap_IsLinear()
    {
        var data = string.Join(",", Enumerable.Range(0, 50_000).Select(i => $"\"k{i}\":\"v{i}\""));
        var body = Encoding.UTF8.GetBytes("{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"big\"},\"data\":{" + data + "}}");
        var watch = Stopwatch.StartNew();

        var result = KubeDecoder.Decode(body, FieldValidation.Strict);

        Assert.Equal(50_000, Assert.IsType<ConfigMap>(result.Object).Data!.Count);
        Assert.True(watch.ElapsedMilliseconds < 2000, $"took {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void DecodeAll_MultiDocumentYaml_SkipsEmptyDocuments()
    {
        var yaml = "# leading comment\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\ndata:\n  flag: \"true\"\n---\n# only a comment\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n";

        var objects = KubeDecoder.DecodeAll(Encoding.UTF8.GetBytes(yaml));

        Assert.Collection(
            objects,
            o => Assert.Equal("true", Assert.IsType<ConfigMap>(o.Object).Data!["flag"]),
            o => Assert.Equal(2, Assert.IsType<Deployment>(o.Object).Spec.Replicas));
    }

    [Fact]
    public void DecodeAll_V1List_ExpandsItems()
    {
        var yaml = "apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata:\n    name: a\n- apiVersion: apps/v1\n  kind: Deployment\n  metadata:\n    name: b\n";

        var objects = KubeDecoder.DecodeAll(Encoding.UTF8.GetBytes(yaml));

        Assert.Equal(["ConfigMap", "Deployment"], objects.Select(o => o.Gvk.Kind));
    }

    [Fact]
    public void DecodeAll_TypedList_ItemsTakeListKind()
    {
        var json = """{"apiVersion":"v1","kind":"ConfigMapList","items":[{"metadata":{"name":"a"}},{"metadata":{"name":"b"}}]}""";

        var objects = KubeDecoder.DecodeAll(Encoding.UTF8.GetBytes(json));

        Assert.Equal(["a", "b"], objects.Select(o => ((ConfigMap)o.Object).Metadata.Name));
    }

    [Fact]
    public void DecodeAll_ErrorInSecondDocument_CarriesIndex()
    {
        var e = Assert.Throws<DecodeException>(() => KubeDecoder.DecodeAll("apiVersion: v1\nkind: ConfigMap\n---\nkind: ConfigMap\n"u8));

        Assert.Equal(1, e.DocumentIndex);
        Assert.StartsWith("Object 'apiVersion' is missing", e.Message);
    }
}
