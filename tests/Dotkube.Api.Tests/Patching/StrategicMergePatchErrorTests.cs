using Dotkube.Api.Patching;

namespace Dotkube.Api.Tests.Patching;

public class StrategicMergePatchErrorTests
{
    public static TheoryData<string, string, string, PatchErrorKind> Cases => new()
    {
        {
            "{'spec':{'strategy':{'type':'A'}}}",
            "{'spec':{'strategy':{'$patch':'foo'}}}",
            "unknown patch type: foo in map: map[$patch:foo]",
            PatchErrorKind.Internal
        },
        {
            "{'spec':{'strategy':{'type':'A'}}}",
            "{'spec':{'strategy':{'$patch':'merge','type':'B'}}}",
            "unknown patch type: merge in map: map[$patch:merge type:B]",
            PatchErrorKind.Internal
        },
        {
            "{'spec':{'containers':[{'name':'a'}]}}",
            "{'spec':{'containers':[{'$patch':'merge'}]}}",
            "merging lists cannot yet be specified in the patch",
            PatchErrorKind.Internal
        },
        {
            "{'spec':{'containers':[{'name':'a'}]}}",
            "{'spec':{'containers':[{'image':'x'}]}}",
            "map: map[image:x] does not contain declared merge key: name",
            PatchErrorKind.Internal
        },
        {
            "{'spec':{'containers':[{'name':'a'}]}}",
            "{'spec':{'containers':[{'$patch':'delete'}]}}",
            "map: map[$patch:delete] does not contain declared merge key: name",
            PatchErrorKind.Internal
        },
        {
            "{'spec':{'strategy':{'type':'A'}}}",
            "{'spec':{'strategy':{'$retainKeys':'type'}}}",
            "invalid patch format of retainKeys",
            PatchErrorKind.BadRequest
        },
        {
            "{'spec':{'strategy':{'type':'A'}}}",
            "{'spec':{'strategy':{'type':'B','$retainKeys':['rollingUpdate']}}}",
            "invalid patch format of retainKeys",
            PatchErrorKind.BadRequest
        },
        {
            "{'metadata':{'finalizers':['x']}}",
            "{'metadata':{'$setElementOrder/finalizers':['x'],'finalizers':['y']}}",
            "The order in patch list:\n[y]\n doesn't match $setElementOrder list:\n[x]\n",
            PatchErrorKind.Internal
        },
        {
            "{'spec':{'numbers':[]}}",
            "{'spec':{'numbers':[[1]]}}",
            "lists of lists are not supported",
            PatchErrorKind.Unprocessable
        },
        {
            "{'spec':{'numbers':[1]}}",
            "{'spec':{'numbers':['a']}}",
            "list element types are not identical: [[1] [a]]",
            PatchErrorKind.Internal
        },
        {
            "{'spec':{'foo':{'a':1}}}",
            "{'spec':{'foo':{'b':2}}}",
            "unable to find api field in struct TestPodSpec for the json field \"foo\"",
            PatchErrorKind.Internal
        },
        {
            "{'metadata':{'finalizers':['x']}}",
            "{'metadata':{'$deleteFromPrimitiveListfinalizers':['x']}}",
            "invalid patch format of primitive list",
            PatchErrorKind.BadRequest
        },
        {
            "{'metadata':{'finalizers':['x']}}",
            "{'metadata':{'$setElementOrder':['x']}}",
            "invalid patch format of setElementOrder list",
            PatchErrorKind.BadRequest
        },
        {
            "{'metadata':{'finalizers':['x']}}",
            "{'metadata':{'$setElementOrder/finalizers':'x'}}",
            "expected a []interface {}, but received a string",
            PatchErrorKind.Internal
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Apply_BadPatch_ThrowsUpstreamError(string original, string patch, string message, PatchErrorKind kind)
    {
        var e = Assert.Throws<PatchException>(() => PatchAssert.Smp(original, patch));

        Assert.Equal(message, e.Message);
        Assert.Equal(kind, e.Kind);
    }

    [Theory]
    [InlineData("[1]", "json: cannot unmarshal array into Go value of type map[string]interface {}")]
    [InlineData("\"x\"", "json: cannot unmarshal string into Go value of type map[string]interface {}")]
    public void ParsePatch_NotAnObject_IsBadRequest(string body, string message)
    {
        var e = Assert.Throws<PatchException>(() => StrategicMergePatch.ParsePatch(System.Text.Encoding.UTF8.GetBytes(body)));

        Assert.Equal(message, e.Message);
        Assert.Equal(400, e.StatusCode);
    }
}
