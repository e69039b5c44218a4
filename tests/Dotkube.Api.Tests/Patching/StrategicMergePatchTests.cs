using Dotkube.Api.Patching;

namespace Dotkube.Api.Tests.Patching;

public class StrategicMergePatchTests
{
    public static TheoryData<string, string, string, string> Cases => new()
    {
        {
            "containers by name merge the matching element",
            "{'spec':{'containers':[{'name':'a','image':'x'},{'name':'b','image':'y'}]}}",
            "{'spec':{'containers':[{'name':'b','image':'z'}]}}",
            "{'spec':{'containers':[{'name':'a','image':'x'},{'name':'b','image':'z'}]}}"
        },
        {
            // Upstream mergeSortedSlice: an element the live list lacks sorts before the rest.
            "new container without order goes first",
            "{'spec':{'containers':[{'name':'a'},{'name':'b'}]}}",
            "{'spec':{'containers':[{'name':'c','image':'w'}]}}",
            "{'spec':{'containers':[{'name':'c','image':'w'},{'name':'a'},{'name':'b'}]}}"
        },
        {
            "setElementOrder puts new container last",
            "{'spec':{'containers':[{'name':'a'},{'name':'b'}]}}",
            "{'spec':{'$setElementOrder/containers':[{'name':'a'},{'name':'b'},{'name':'c'}],'containers':[{'name':'c'}]}}",
            "{'spec':{'containers':[{'name':'a'},{'name':'b'},{'name':'c'}]}}"
        },
        {
            "setElementOrder reorders without content change",
            "{'spec':{'containers':[{'name':'a','image':'1'},{'name':'b','image':'2'}]}}",
            "{'spec':{'$setElementOrder/containers':[{'name':'b'},{'name':'a'}]}}",
            "{'spec':{'containers':[{'name':'b','image':'2'},{'name':'a','image':'1'}]}}"
        },
        {
            "ports by containerPort",
            "{'spec':{'containers':[{'name':'a','ports':[{'containerPort':80,'protocol':'TCP'},{'containerPort':443}]}]}}",
            "{'spec':{'containers':[{'name':'a','ports':[{'containerPort':80,'name':'http'}]}]}}",
            "{'spec':{'containers':[{'name':'a','ports':[{'containerPort':80,'protocol':'TCP','name':'http'},{'containerPort':443}]}]}}"
        },
        {
            "volumeMounts by mountPath",
            "{'spec':{'containers':[{'name':'a','volumeMounts':[{'mountPath':'/a','name':'x'}]}]}}",
            "{'spec':{'containers':[{'name':'a','volumeMounts':[{'mountPath':'/a','readOnly':true}]}]}}",
            "{'spec':{'containers':[{'name':'a','volumeMounts':[{'mountPath':'/a','name':'x','readOnly':true}]}]}}"
        },
        {
            "env element delete directive",
            "{'spec':{'containers':[{'name':'a','env':[{'name':'A','value':'1'},{'name':'B','value':'2'}]}]}}",
            "{'spec':{'containers':[{'name':'a','env':[{'name':'A','$patch':'delete'}]}]}}",
            "{'spec':{'containers':[{'name':'a','env':[{'name':'B','value':'2'}]}]}}"
        },
        {
            "list replace directive",
            "{'spec':{'containers':[{'name':'a'},{'name':'b'}]}}",
            "{'spec':{'containers':[{'$patch':'replace'},{'name':'z','image':'q'}]}}",
            "{'spec':{'containers':[{'name':'z','image':'q'}]}}"
        },
        {
            "map replace directive",
            "{'metadata':{'labels':{'a':'1','b':'2'}}}",
            "{'metadata':{'labels':{'$patch':'replace','c':'3'}}}",
            "{'metadata':{'labels':{'c':'3'}}}"
        },
        {
            "map delete directive leaves an empty map",
            "{'spec':{'strategy':{'type':'Recreate'}}}",
            "{'spec':{'strategy':{'$patch':'delete'}}}",
            "{'spec':{'strategy':{}}}"
        },
        {
            "null deletes a key",
            "{'metadata':{'labels':{'a':'1','b':'2'}}}",
            "{'metadata':{'labels':{'a':null}}}",
            "{'metadata':{'labels':{'b':'2'}}}"
        },
        {
            "null for an absent key is ignored",
            "{'metadata':{'name':'x'}}",
            "{'metadata':{'labels':null}}",
            "{'metadata':{'name':'x'}}"
        },
        {
            "finalizers merge as a deduplicated union",
            "{'metadata':{'finalizers':['x','y']}}",
            "{'metadata':{'finalizers':['y','z']}}",
            "{'metadata':{'finalizers':['x','y','z']}}"
        },
        {
            "new finalizer without order goes first",
            "{'metadata':{'finalizers':['x']}}",
            "{'metadata':{'finalizers':['z']}}",
            "{'metadata':{'finalizers':['z','x']}}"
        },
        {
            "deleteFromPrimitiveList removes values",
            "{'metadata':{'finalizers':['x','y','z']}}",
            "{'metadata':{'$deleteFromPrimitiveList/finalizers':['y']}}",
            "{'metadata':{'finalizers':['x','z']}}"
        },
        {
            "setElementOrder orders a primitive list",
            "{'metadata':{'finalizers':['x','y']}}",
            "{'metadata':{'$setElementOrder/finalizers':['y','x','z'],'finalizers':['z']}}",
            "{'metadata':{'finalizers':['y','x','z']}}"
        },
        {
            "integer merge list is unioned",
            "{'spec':{'numbers':[1,2]}}",
            "{'spec':{'numbers':[2,3]}}",
            "{'spec':{'numbers':[1,2,3]}}"
        },
        {
            "ownerReferences by uid",
            "{'metadata':{'ownerReferences':[{'uid':'1','name':'a'},{'uid':'2','name':'b'}]}}",
            "{'metadata':{'ownerReferences':[{'uid':'2','name':'c'}]}}",
            "{'metadata':{'ownerReferences':[{'uid':'1','name':'a'},{'uid':'2','name':'c'}]}}"
        },
        {
            "retainKeys drops unlisted fields",
            "{'spec':{'strategy':{'type':'RollingUpdate','rollingUpdate':{'maxSurge':'1'}}}}",
            "{'spec':{'strategy':{'type':'Recreate','$retainKeys':['type']}}}",
            "{'spec':{'strategy':{'type':'Recreate'}}}"
        },
        {
            "strategy switch with null rollingUpdate",
            "{'spec':{'strategy':{'type':'RollingUpdate','rollingUpdate':{'maxSurge':'1'}}}}",
            "{'spec':{'strategy':{'type':'Recreate','rollingUpdate':null}}}",
            "{'spec':{'strategy':{'type':'Recreate'}}}"
        },
        {
            "volume source switch with retainKeys",
            "{'spec':{'volumes':[{'name':'v','emptyDir':{}}]}}",
            "{'spec':{'volumes':[{'name':'v','hostPath':{'path':'/x'},'$retainKeys':['hostPath','name']}]}}",
            "{'spec':{'volumes':[{'name':'v','hostPath':{'path':'/x'}}]}}"
        },
        {
            "unknown field only in the patch is kept",
            "{'spec':{}}",
            "{'spec':{'unknownField':{'a':1}}}",
            "{'spec':{'unknownField':{'a':1}}}"
        },
        {
            "free-form field merges like a JSON merge patch",
            "{'spec':{'extra':{'a':{'b':1,'c':2},'l':[1,2]}}}",
            "{'spec':{'extra':{'a':{'b':null,'d':3},'l':[3]}}}",
            "{'spec':{'extra':{'a':{'c':2,'d':3},'l':[3]}}}"
        },
        {
            "list without strategy is replaced",
            "{'spec':{'tolerations':[{'key':'a'}]}}",
            "{'spec':{'tolerations':[{'key':'b'}]}}",
            "{'spec':{'tolerations':[{'key':'b'}]}}"
        },
        {
            "map with replace strategy is replaced",
            "{'spec':{'replaced':{'type':'A','rollingUpdate':{'maxSurge':'1'}}}}",
            "{'spec':{'replaced':{'type':'B'}}}",
            "{'spec':{'replaced':{'type':'B'}}}"
        },
        {
            "new field drops its nested nulls",
            "{'spec':{}}",
            "{'spec':{'strategy':{'type':'X','rollingUpdate':null}}}",
            "{'spec':{'strategy':{'type':'X'}}}"
        },
        {
            "new field holding a directive is dropped",
            "{'metadata':{}}",
            "{'metadata':{'labels':{'$patch':'replace','a':'b'}}}",
            "{'metadata':{}}"
        },
        {
            "new list element keeps its nulls, as upstream",
            "{'spec':{'containers':[{'name':'a'}]}}",
            "{'spec':{'containers':[{'name':'b','image':null}]}}",
            "{'spec':{'containers':[{'name':'b','image':null},{'name':'a'}]}}"
        },
        {
            "scalar change of type replaces",
            "{'spec':{'extra':{'a':[1]}}}",
            "{'spec':{'extra':{'a':'s'}}}",
            "{'spec':{'extra':{'a':'s'}}}"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Apply_Case_GivesUpstreamResult(string name, string original, string patch, string expected)
    {
        Assert.NotEmpty(name);
        PatchAssert.Equal(expected, PatchAssert.Smp(original, patch));
    }

    [Fact]
    public void Apply_Inputs_AreNotModified()
    {
        var original = PatchAssert.Obj("{'metadata':{'labels':{'a':'1'}}}");
        var patch = PatchAssert.Obj("{'metadata':{'labels':{'a':null,'b':'2'}}}");

        StrategicMergePatch.Apply(original, patch, PatchAssert.PodMeta);

        PatchAssert.Equal("{'metadata':{'labels':{'a':'1'}}}", original);
        PatchAssert.Equal("{'metadata':{'labels':{'a':null,'b':'2'}}}", patch);
    }

    [Fact]
    public void Apply_RootReplaceDirective_ReturnsPatch()
    {
        var result = PatchAssert.Smp("{'kind':'a','spec':{}}", "{'$patch':'replace','kind':'b'}");

        PatchAssert.Equal("{'kind':'b'}", result);
    }
}
