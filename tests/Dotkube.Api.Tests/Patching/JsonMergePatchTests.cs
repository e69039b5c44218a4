using System.Text;
using Dotkube.Api.Patching;

namespace Dotkube.Api.Tests.Patching;

public class JsonMergePatchTests
{
    [Theory]
    [InlineData("{'a':'b'}", "{'a':'c'}", "{'a':'c'}")]
    [InlineData("{'a':'b'}", "{'b':'c'}", "{'a':'b','b':'c'}")]
    [InlineData("{'a':'b'}", "{'a':null}", "{}")]
    [InlineData("{'a':'b','b':'c'}", "{'a':null}", "{'b':'c'}")]
    [InlineData("{'a':['b']}", "{'a':'c'}", "{'a':'c'}")]
    [InlineData("{'a':'c'}", "{'a':['b']}", "{'a':['b']}")]
    [InlineData("{'a':{'b':'c'}}", "{'a':{'b':'d','c':null}}", "{'a':{'b':'d'}}")]
    [InlineData("{'a':[{'b':'c'}]}", "{'a':[1]}", "{'a':[1]}")]
    [InlineData("{'e':null}", "{'a':1}", "{'e':null,'a':1}")]
    [InlineData("{}", "{'a':{'bb':{'ccc':null}}}", "{'a':{'bb':{}}}")]
    [InlineData("{'a':'x'}", "{'a':{'b':null,'c':1}}", "{'a':{'c':1}}")]
    [InlineData("{'a':{'x':1}}", "{'a':[{'b':null}]}", "{'a':[{'b':null}]}")]
    public void Apply_Rfc7386Case_GivesExpectedDocument(string document, string patch, string expected)
    {
        var result = JsonMergePatch.Apply(PatchAssert.Json(document), PatchAssert.Json(patch));

        PatchAssert.Equal(expected, result);
    }

    [Fact]
    public void Apply_ArrayPatch_ReplacesDocumentAndPrunesNestedNulls()
    {
        var result = JsonMergePatch.Apply(PatchAssert.Json("{'a':1}"), PatchAssert.Json("[{'a':null,'b':1},null]"));

        PatchAssert.Equal("[{'b':1},null]", result);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("5")]
    [InlineData("\"x\"")]
    [InlineData("{bad")]
    public void Apply_InvalidPatch_IsBadRequest(string patch)
    {
        var e = Assert.Throws<PatchException>(() => JsonMergePatch.Apply("{}"u8, Encoding.UTF8.GetBytes(patch)));

        Assert.Equal("Invalid JSON Patch", e.Message);
        Assert.Equal(400, e.StatusCode);
    }

    [Fact]
    public void Apply_Inputs_AreNotModified()
    {
        var document = PatchAssert.Json("{'a':{'b':1}}");
        var patch = PatchAssert.Json("{'a':{'b':null,'c':2}}");

        JsonMergePatch.Apply(document, patch);

        PatchAssert.Equal("{'a':{'b':1}}", document);
    }
}
