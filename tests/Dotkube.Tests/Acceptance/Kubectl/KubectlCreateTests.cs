namespace Dotkube.Tests.Acceptance.Kubectl;

/// <summary>
/// kubectl create's generators. Unlike apply, these send their objects as protobuf
/// (application/vnd.kubernetes.protobuf), which the server must read.
/// </summary>
[Collection(KubectlCollection.Name)]
public class KubectlCreateTests(ApiOnlyServerFixture server)
{
    [Fact]
    public async Task CreateNamespace_New_IsActive()
    {
        var result = await server.Kubectl.RunAsync("create", "namespace", "created-ns");

        Assert.Equal("namespace/created-ns created\n", result.Ok());
        Golden.AssertTable("get-namespace.txt", await server.Kubectl.RunAsync("get", "namespace", "created-ns"));
    }

    [Fact]
    public async Task CreateSecretGeneric_FromLiterals_StoresOpaqueBase64Data()
    {
        await server.CreateNamespaceAsync("create-secret");

        var result = await server.Kubectl.RunAsync("create", "secret", "generic", "creds",
            "--from-literal=username=admin", "--from-literal=password=s3cr3t", "-n", "create-secret");

        Assert.Equal("secret/creds created\n", result.Ok());
        Golden.AssertTable("get-secret.txt", await server.Kubectl.RunAsync("get", "secret", "creds", "-n", "create-secret"));
        Assert.Equal("Opaque YWRtaW4= czNjcjN0", await server.JsonPathAsync("create-secret", "secret/creds", "{.type} {.data.username} {.data.password}"));
    }

    [Fact]
    public async Task CreateConfigMap_FromLiterals_StoresEachKey()
    {
        await server.CreateNamespaceAsync("create-configmap");

        var result = await server.Kubectl.RunAsync("create", "configmap", "settings",
            "--from-literal=mode=fast", "--from-literal=level=3", "-n", "create-configmap");

        Assert.Equal("configmap/settings created\n", result.Ok());
        Assert.Equal("fast 3", await server.JsonPathAsync("create-configmap", "configmap/settings", "{.data.mode} {.data.level}"));
    }
}
