using System.Text;
using System.Text.Json.Nodes;
using Dotkube.Api.Patching;

namespace Dotkube.Api.Tests.Patching;

public class JsonPatchTests
{
    private static JsonNode Apply(string document, string patch) =>
        JsonPatch.Apply(PatchAssert.Json(document), (JsonArray)PatchAssert.Json(patch));

    [Theory]
    [InlineData("{'a':1}", "[{'op':'add','path':'/b','value':2}]", "{'a':1,'b':2}")]
    [InlineData("{'a':[1,2]}", "[{'op':'add','path':'/a/1','value':9}]", "{'a':[1,9,2]}")]
    [InlineData("{'a':[1,2]}", "[{'op':'add','path':'/a/-','value':9}]", "{'a':[1,2,9]}")]
    [InlineData("{'a':[1,2]}", "[{'op':'add','path':'/a/2','value':9}]", "{'a':[1,2,9]}")]
    [InlineData("{'a':[1,2]}", "[{'op':'add','path':'/a/-1','value':9}]", "{'a':[1,2,9]}")]
    [InlineData("{'a':[1,2]}", "[{'op':'remove','path':'/a/0'}]", "{'a':[2]}")]
    [InlineData("{'a':[1,2]}", "[{'op':'remove','path':'/a/-1'}]", "{'a':[1]}")]
    [InlineData("{'a':1,'b':2}", "[{'op':'remove','path':'/a'}]", "{'b':2}")]
    [InlineData("{'a':1}", "[{'op':'replace','path':'/a','value':{'x':1}}]", "{'a':{'x':1}}")]
    [InlineData("{'a':[1,2]}", "[{'op':'replace','path':'/a/1','value':5}]", "{'a':[1,5]}")]
    [InlineData("{'a':1}", "[{'op':'replace','path':'','value':{'z':0}}]", "{'z':0}")]
    [InlineData("{'a':{'b':1}}", "[{'op':'move','from':'/a/b','path':'/c'}]", "{'a':{},'c':1}")]
    [InlineData("{'a':[1,2,3]}", "[{'op':'move','from':'/a/0','path':'/a/-'}]", "{'a':[2,3,1]}")]
    [InlineData("{'a':{'b':1}}", "[{'op':'copy','from':'/a','path':'/c'}]", "{'a':{'b':1},'c':{'b':1}}")]
    [InlineData("{'a/b':1,'m~n':2}", "[{'op':'remove','path':'/a~1b'},{'op':'remove','path':'/m~0n'}]", "{}")]
    [InlineData("{'a':1.0}", "[{'op':'test','path':'/a','value':1},{'op':'add','path':'/t','value':true}]", "{'a':1.0,'t':true}")]
    [InlineData("{'a':{'x':[1,'s']}}", "[{'op':'test','path':'/a','value':{'x':[1,'s']}}]", "{'a':{'x':[1,'s']}}")]
    [InlineData("{'a':null}", "[{'op':'test','path':'/b','value':null}]", "{'a':null}")]
    public void Apply_Operation_GivesExpectedDocument(string document, string patch, string expected)
    {
        PatchAssert.Equal(expected, Apply(document, patch));
    }

    [Theory]
    [InlineData("[{'op':'bogus','path':'/a'}]", "Unexpected kind: bogus")]
    [InlineData("[{'path':'/a'}]", "Unexpected kind: unknown")]
    [InlineData("[{'op':'add','path':'/x/y','value':1}]", "add operation does not apply: doc is missing path: \"/x/y\": missing value")]
    [InlineData("[{'op':'add','value':1}]", "add operation failed to decode path: missing value")]
    [InlineData("[{'op':'add','path':'/l/5','value':1}]", "error in add for path: '/l/5': Unable to access invalid index: 5: invalid index referenced")]
    [InlineData("[{'op':'add','path':'/l/x','value':1}]", "error in add for path: '/l/x': value was not a proper array index: 'x': strconv.Atoi: parsing \"x\": invalid syntax")]
    [InlineData("[{'op':'remove','path':'/nope'}]", "error in remove for path: '/nope': Unable to remove nonexistent key: nope: missing value")]
    [InlineData("[{'op':'remove','path':'/l/2'}]", "error in remove for path: '/l/2': Unable to access invalid index: 2: invalid index referenced")]
    [InlineData("[{'op':'remove','path':''}]", "remove operation does not apply: doc is missing path: \"\": missing value")]
    [InlineData("[{'op':'replace','path':'/l/9','value':1}]", "replace operation does not apply: doc is missing key: /l/9: missing value")]
    [InlineData("[{'op':'test','path':'/a','value':2}]", "testing value /a failed: test failed")]
    [InlineData("[{'op':'test','path':'/a','value':'1'}]", "testing value /a failed: test failed")]
    [InlineData("[{'op':'move','from':'/nope','path':'/b'}]", "error in move for path: 'nope': Unable to remove nonexistent key: nope: missing value")]
    [InlineData("[{'op':'move','path':'/b'}]", "move operation failed to decode from: operation, missing from field: missing value")]
    [InlineData("[{'op':'copy','from':'/x/y','path':'/b'}]", "copy operation does not apply: doc is missing from path: /x/y: missing value")]
    public void Apply_FailingOperation_ThrowsUpstreamMessage(string patch, string message)
    {
        var e = Assert.Throws<PatchException>(() => Apply("{'a':1,'l':[0,1]}", patch));

        Assert.Equal(message, e.Message);
        Assert.Equal(422, e.StatusCode);
    }

    [Fact]
    public void Apply_LaterOperationFails_LeavesDocumentUntouched()
    {
        var document = PatchAssert.Json("{'a':1}");
        var patch = (JsonArray)PatchAssert.Json("[{'op':'add','path':'/b','value':2},{'op':'test','path':'/a','value':9}]");

        Assert.Throws<PatchException>(() => JsonPatch.Apply(document, patch));

        PatchAssert.Equal("{'a':1}", document);
    }

    [Fact]
    public void Parse_TooManyOperations_IsRequestEntityTooLarge()
    {
        var body = "[" + string.Join(',', Enumerable.Repeat("{\"op\":\"test\",\"path\":\"/a\",\"value\":1}", 10001)) + "]";

        var e = Assert.Throws<PatchException>(() => JsonPatch.Parse(Encoding.UTF8.GetBytes(body)));

        Assert.Equal("The allowed maximum operations in a JSON patch is 10000, got 10001", e.Message);
        Assert.Equal(413, e.StatusCode);
    }

    [Fact]
    public void Parse_MaxOperations_IsAccepted()
    {
        var body = "[" + string.Join(',', Enumerable.Repeat("{\"op\":\"test\",\"path\":\"/a\",\"value\":1}", 10000)) + "]";

        var result = JsonPatch.Apply(PatchAssert.Json("{'a':1}"), Encoding.UTF8.GetBytes(body));

        PatchAssert.Equal("{'a':1}", result);
    }

    [Theory]
    [InlineData("{}", "json: cannot unmarshal object into Go value of type jsonpatch.Patch")]
    [InlineData("[1]", "json: cannot unmarshal number into Go value of type jsonpatch.Operation")]
    public void Parse_NotAnArrayOfObjects_IsBadRequest(string body, string message)
    {
        var e = Assert.Throws<PatchException>(() => JsonPatch.Parse(Encoding.UTF8.GetBytes(body)));

        Assert.Equal(message, e.Message);
        Assert.Equal(400, e.StatusCode);
    }
}
