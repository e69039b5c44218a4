using Dotkube.Api.Meta;
using Dotkube.Api.Rbac.V1;
using Dotkube.Api.Tests.Validation.Apps;

namespace Dotkube.Api.Tests.Validation.Rbac;

public class RbacValidatorTests
{
    public static TheoryData<string, Action<RoleBinding>, string[]> BindingCases => new()
    {
        { "valid", _ => { }, [] },
        { "name with colon", b => b.Metadata.Name = "system:web", [] },
        { "name with slash", b => b.Metadata.Name = "a/b", ["metadata.name: Invalid value: \"a/b\": may not contain '/'"] },
        { "bad roleRef group", b => b.RoleRef.ApiGroup = "", ["roleRef.apiGroup: Unsupported value: \"\": supported values: \"rbac.authorization.k8s.io\""] },
        { "bad roleRef kind", b => b.RoleRef.Kind = "Policy", ["roleRef.kind: Unsupported value: \"Policy\": supported values: \"Role\", \"ClusterRole\""] },
        { "roleRef name missing", b => b.RoleRef.Name = "", ["roleRef.name: Required value"] },
        { "bad subject kind", b => b.Subjects![0].Kind = "Robot", ["subjects[0].kind: Unsupported value: \"Robot\": supported values: \"ServiceAccount\", \"User\", \"Group\""] },
        { "user without group", b => b.Subjects![0].ApiGroup = null, ["subjects[0].apiGroup: Unsupported value: \"\": supported values: \"rbac.authorization.k8s.io\""] },
        {
            "service account with group", b => b.Subjects = [new Subject { Kind = "ServiceAccount", Name = "builder", ApiGroup = "rbac.authorization.k8s.io" }],
            ["subjects[0].apiGroup: Unsupported value: \"rbac.authorization.k8s.io\": supported values: \"\""]
        },
    };

    [Theory]
    [MemberData(nameof(BindingCases))]
    public void ValidateCreate_RoleBindingCase_ReportsUpstreamErrors(string name, Action<RoleBinding> mutate, string[] expected)
    {
        var binding = Binding();
        mutate(binding);

        Assert.True(expected.SequenceEqual(WorkloadObjects.Create(binding)), $"{name}: {string.Join(" | ", WorkloadObjects.Create(binding))}");
    }

    [Fact]
    public void ValidateUpdate_RoleBindingRoleRefChanged_ReportsCannotChange()
    {
        var binding = Binding();
        binding.RoleRef.Name = "admin";

        Assert.Equal(
            ["roleRef: Invalid value: rbac.RoleRef{APIGroup:\"rbac.authorization.k8s.io\", Kind:\"Role\", Name:\"admin\"}: cannot change roleRef"],
            WorkloadObjects.Update(binding, Binding()));
    }

    [Fact]
    public void ValidateCreate_ClusterRoleBindingServiceAccountWithoutNamespace_ReportsRequired()
    {
        var binding = new ClusterRoleBinding
        {
            Metadata = new ObjectMeta { Name = "b" },
            RoleRef = new() { ApiGroup = RbacConstants.GroupName, Kind = "Role", Name = "r" },
            Subjects = [new Subject { Kind = "ServiceAccount", Name = "builder" }],
        };

        Assert.Equal(
            ["roleRef.kind: Unsupported value: \"Role\": supported values: \"ClusterRole\"", "subjects[0].namespace: Required value"],
            WorkloadObjects.Create(binding));
    }

    [Fact]
    public void ValidateCreate_RoleRules_ReportsUpstreamErrors()
    {
        var role = new Role
        {
            Metadata = WorkloadObjects.Meta(),
            Rules = [new PolicyRule(), new PolicyRule { Verbs = ["get"], NonResourceURLs = ["/healthz"], Resources = ["pods"] }],
        };

        Assert.Equal(
            [
                "rules[0].verbs: Required value: verbs must contain at least one value",
                "rules[0].apiGroups: Required value: resource rules must supply at least one api group",
                "rules[0].resources: Required value: resource rules must supply at least one resource",
                "rules[1].nonResourceURLs: Invalid value: []string{\"/healthz\"}: namespaced rules cannot apply to non-resource URLs",
                "rules[1].nonResourceURLs: Invalid value: []string{\"/healthz\"}: rules cannot apply to both regular resources and non-resource URLs",
            ],
            WorkloadObjects.Create(role));
    }

    [Fact]
    public void ValidateCreate_ClusterRoleNonResourceUrls_IsValid()
    {
        var role = new ClusterRole { Metadata = new ObjectMeta { Name = "system:health" }, Rules = [new PolicyRule { Verbs = ["get"], NonResourceURLs = ["/healthz"] }] };

        Assert.Empty(WorkloadObjects.Create(role));
    }

    private static RoleBinding Binding() => new()
    {
        Metadata = WorkloadObjects.Meta(),
        RoleRef = new() { ApiGroup = RbacConstants.GroupName, Kind = "Role", Name = "reader" },
        Subjects = [new Subject { Kind = "User", Name = "alice", ApiGroup = RbacConstants.GroupName }],
    };
}
