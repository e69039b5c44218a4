using Dotkube.Api.Rbac.V1;

namespace Dotkube.Api.Defaulting;

/// <summary>Defaults for rbac.authorization.k8s.io/v1, as upstream pkg/apis/rbac/v1/defaults.go.</summary>
internal static class RbacV1Defaults
{
    public static void SetObjectDefaults_RoleBinding(RoleBinding binding)
    {
        SetDefaults_RoleRef(binding.RoleRef);
        binding.Subjects?.ForEach(SetDefaults_Subject);
    }

    public static void SetObjectDefaults_ClusterRoleBinding(ClusterRoleBinding binding)
    {
        SetDefaults_RoleRef(binding.RoleRef);
        binding.Subjects?.ForEach(SetDefaults_Subject);
    }

    /// <summary>As upstream SetDefaults_RoleBinding and SetDefaults_ClusterRoleBinding: roleRef.apiGroup is the RBAC group.</summary>
    public static void SetDefaults_RoleRef(RoleRef roleRef)
    {
        if (roleRef.ApiGroup.Length == 0)
        {
            roleRef.ApiGroup = RbacConstants.GroupName;
        }
    }

    /// <summary>As upstream SetDefaults_Subject: Users and Groups are in the RBAC group; ServiceAccounts in core ("").</summary>
    public static void SetDefaults_Subject(Subject subject)
    {
        if (!string.IsNullOrEmpty(subject.ApiGroup))
        {
            return;
        }

        if (subject.Kind is SubjectKinds.User or SubjectKinds.Group)
        {
            subject.ApiGroup = RbacConstants.GroupName;
        }
    }
}
