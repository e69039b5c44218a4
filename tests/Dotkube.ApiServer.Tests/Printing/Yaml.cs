using Dotkube.Api.Meta;
using Dotkube.Api.Serialization;

namespace Dotkube.ApiServer.Tests.Printing;

/// <summary>Builds test objects from short YAML, which reads closer to kubectl output than object initializers.</summary>
internal static class Yaml
{
    public static T Decode<T>(string apiVersion, string kind, string body)
        where T : KubeObject
    {
        var document = $"apiVersion: {apiVersion}\nkind: {kind}\nmetadata: {{name: test, namespace: default, creationTimestamp: \"2024-05-01T11:00:00Z\"}}\n{body}";
        return (T)KubeDecoder.Decode(System.Text.Encoding.UTF8.GetBytes(document)).Object;
    }
}
