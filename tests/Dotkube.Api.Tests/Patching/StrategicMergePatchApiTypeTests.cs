using Dotkube.Api.Patching;

namespace Dotkube.Api.Tests.Patching;

/// <summary>Strategic merge patch on the real API types, whose tags mirror upstream's.</summary>
public class StrategicMergePatchApiTypeTests
{
    public static TheoryData<string, string, string, string> PodCases => new()
    {
        {
            "containers by name",
            "{'spec':{'containers':[{'name':'a','image':'x'},{'name':'b','image':'y'}]}}",
            "{'spec':{'containers':[{'name':'a','image':'z'}]}}",
            "{'spec':{'containers':[{'name':'a','image':'z'},{'name':'b','image':'y'}]}}"
        },
        {
            "initContainers by name",
            "{'spec':{'initContainers':[{'name':'i','image':'x'}]}}",
            "{'spec':{'initContainers':[{'name':'i','args':['--v']}]}}",
            "{'spec':{'initContainers':[{'name':'i','image':'x','args':['--v']}]}}"
        },
        {
            "env by name",
            "{'spec':{'containers':[{'name':'a','env':[{'name':'A','value':'1'},{'name':'B','value':'2'}]}]}}",
            "{'spec':{'containers':[{'name':'a','env':[{'name':'B','value':'3'}]}]}}",
            "{'spec':{'containers':[{'name':'a','env':[{'name':'A','value':'1'},{'name':'B','value':'3'}]}]}}"
        },
        {
            "container ports by containerPort",
            "{'spec':{'containers':[{'name':'a','ports':[{'containerPort':80,'protocol':'TCP'}]}]}}",
            "{'spec':{'containers':[{'name':'a','ports':[{'containerPort':80,'name':'http'}]}]}}",
            "{'spec':{'containers':[{'name':'a','ports':[{'containerPort':80,'protocol':'TCP','name':'http'}]}]}}"
        },
        {
            "volumeMounts by mountPath",
            "{'spec':{'containers':[{'name':'a','volumeMounts':[{'name':'v','mountPath':'/d'},{'name':'w','mountPath':'/e'}]}]}}",
            "{'spec':{'containers':[{'name':'a','volumeMounts':[{'mountPath':'/d','$patch':'delete'}]}]}}",
            "{'spec':{'containers':[{'name':'a','volumeMounts':[{'name':'w','mountPath':'/e'}]}]}}"
        },
        {
            "volumes by name with retainKeys source switch",
            "{'spec':{'volumes':[{'name':'v','emptyDir':{}},{'name':'w','emptyDir':{}}]}}",
            "{'spec':{'volumes':[{'name':'v','configMap':{'name':'c'},'$retainKeys':['configMap','name']}]}}",
            "{'spec':{'volumes':[{'name':'v','configMap':{'name':'c'}},{'name':'w','emptyDir':{}}]}}"
        },
        {
            "imagePullSecrets by name",
            "{'spec':{'imagePullSecrets':[{'name':'a'}]}}",
            "{'spec':{'$setElementOrder/imagePullSecrets':[{'name':'a'},{'name':'b'}],'imagePullSecrets':[{'name':'b'}]}}",
            "{'spec':{'imagePullSecrets':[{'name':'a'},{'name':'b'}]}}"
        },
        {
            "hostAliases by ip",
            "{'spec':{'hostAliases':[{'ip':'1.1.1.1','hostnames':['a']}]}}",
            "{'spec':{'hostAliases':[{'ip':'1.1.1.1','hostnames':['b']}]}}",
            "{'spec':{'hostAliases':[{'ip':'1.1.1.1','hostnames':['b']}]}}"
        },
        {
            "topologySpreadConstraints by topologyKey",
            "{'spec':{'topologySpreadConstraints':[{'topologyKey':'zone','maxSkew':1,'whenUnsatisfiable':'DoNotSchedule'}]}}",
            "{'spec':{'topologySpreadConstraints':[{'topologyKey':'zone','maxSkew':2}]}}",
            "{'spec':{'topologySpreadConstraints':[{'topologyKey':'zone','maxSkew':2,'whenUnsatisfiable':'DoNotSchedule'}]}}"
        },
        {
            "status conditions by type",
            "{'status':{'conditions':[{'type':'Ready','status':'False'},{'type':'Initialized','status':'True'}]}}",
            "{'status':{'conditions':[{'type':'Ready','status':'True'}]}}",
            "{'status':{'conditions':[{'type':'Ready','status':'True'},{'type':'Initialized','status':'True'}]}}"
        },
        {
            "ownerReferences by uid",
            "{'metadata':{'ownerReferences':[{'uid':'u1','name':'a','kind':'ReplicaSet','apiVersion':'apps/v1'}]}}",
            "{'metadata':{'ownerReferences':[{'uid':'u1','controller':true}]}}",
            "{'metadata':{'ownerReferences':[{'uid':'u1','name':'a','kind':'ReplicaSet','apiVersion':'apps/v1','controller':true}]}}"
        },
        {
            "finalizers merge as a primitive list",
            "{'metadata':{'finalizers':['a']}}",
            "{'metadata':{'$setElementOrder/finalizers':['a','b'],'finalizers':['b']}}",
            "{'metadata':{'finalizers':['a','b']}}"
        },
        {
            "finalizer removed by deleteFromPrimitiveList",
            "{'metadata':{'finalizers':['a','b']}}",
            "{'metadata':{'$deleteFromPrimitiveList/finalizers':['a']}}",
            "{'metadata':{'finalizers':['b']}}"
        },
        {
            "labels merge and null deletes",
            "{'metadata':{'labels':{'a':'1','b':'2'}}}",
            "{'metadata':{'labels':{'a':null,'c':'3'}}}",
            "{'metadata':{'labels':{'b':'2','c':'3'}}}"
        },
        {
            "containers replaced by directive",
            "{'spec':{'containers':[{'name':'a'},{'name':'b'}]}}",
            "{'spec':{'containers':[{'name':'c'},{'$patch':'replace'}]}}",
            "{'spec':{'containers':[{'name':'c'}]}}"
        },
        {
            "tolerations (no strategy) are replaced",
            "{'spec':{'tolerations':[{'key':'a','operator':'Exists'}]}}",
            "{'spec':{'tolerations':[{'key':'b','operator':'Exists'}]}}",
            "{'spec':{'tolerations':[{'key':'b','operator':'Exists'}]}}"
        },
        {
            "nodeSelector map replaced by directive",
            "{'spec':{'nodeSelector':{'a':'1'}}}",
            "{'spec':{'nodeSelector':{'$patch':'replace','b':'2'}}}",
            "{'spec':{'nodeSelector':{'b':'2'}}}"
        },
    };

    [Theory]
    [MemberData(nameof(PodCases))]
    public void Apply_Pod_GivesUpstreamResult(string name, string original, string patch, string expected)
    {
        Assert.NotEmpty(name);
        var result = StrategicMergePatch.Apply(PatchAssert.Obj(original), PatchAssert.Obj(patch), typeof(Dotkube.Api.Core.V1.Pod));

        PatchAssert.Equal(expected, result);
    }

    [Theory]
    [InlineData("{'spec':{'ports':[{'port':80,'targetPort':8080},{'port':443}]}}", "{'spec':{'ports':[{'port':80,'name':'http'}]}}",
        "{'spec':{'ports':[{'port':80,'targetPort':8080,'name':'http'},{'port':443}]}}")]
    [InlineData("{'spec':{'ports':[{'port':80},{'port':443}]}}", "{'spec':{'ports':[{'port':443,'$patch':'delete'}]}}",
        "{'spec':{'ports':[{'port':80}]}}")]
    public void Apply_ServicePortsByPort_Merge(string original, string patch, string expected)
    {
        var result = StrategicMergePatch.Apply(PatchAssert.Obj(original), PatchAssert.Obj(patch), typeof(Dotkube.Api.Core.V1.Service));

        PatchAssert.Equal(expected, result);
    }

    [Theory]
    [InlineData("{'spec':{'strategy':{'type':'Recreate','rollingUpdate':null}}}")]
    [InlineData("{'spec':{'strategy':{'type':'Recreate','$retainKeys':['type']}}}")]
    public void Apply_DeploymentStrategyToRecreate_ClearsRollingUpdate(string patch)
    {
        var original = "{'spec':{'replicas':2,'strategy':{'type':'RollingUpdate','rollingUpdate':{'maxSurge':'25%','maxUnavailable':'25%'}}}}";

        var result = StrategicMergePatch.Apply(PatchAssert.Obj(original), PatchAssert.Obj(patch), typeof(Dotkube.Api.Apps.V1.Deployment));

        PatchAssert.Equal("{'spec':{'replicas':2,'strategy':{'type':'Recreate'}}}", result);
    }

    [Fact]
    public void Apply_DeploymentTemplateContainers_MergeByName()
    {
        var original = "{'spec':{'template':{'spec':{'containers':[{'name':'app','image':'v1'},{'name':'side','image':'s'}]}}}}";
        var patch = "{'spec':{'template':{'spec':{'containers':[{'name':'app','image':'v2'}]}}}}";

        var result = StrategicMergePatch.Apply(PatchAssert.Obj(original), PatchAssert.Obj(patch), typeof(Dotkube.Api.Apps.V1.Deployment));

        PatchAssert.Equal("{'spec':{'template':{'spec':{'containers':[{'name':'app','image':'v2'},{'name':'side','image':'s'}]}}}}", result);
    }
}
