using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Dotkube.Api.Serialization;

namespace Dotkube.ApiServer.Discovery;

public sealed partial class DiscoveryDocuments
{
    private static readonly AggregatedDiscoveryVersion[] AllVersions = [AggregatedDiscoveryVersion.V2, AggregatedDiscoveryVersion.V2Beta1];

    /// <summary>
    /// The API's metadata with an encoder that leaves '+' alone: Go writes storageVersionHash
    /// "xPOwRZ+Yhw8=" as is, where the default encoder would write "\u002B". Discovery holds
    /// only ASCII names, so nothing else differs.
    /// </summary>
    private static readonly JsonSerializerOptions GoLikeOptions = new(KubeJson.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonSerializerOptions AggregatedOptions =
        new(DiscoveryJsonContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Serializes every document once: discovery is read on every kubectl start, and never changes in between.</summary>
    private void SerializeAll()
    {
        _json["/api"] = SerializeLegacy(ApiVersions);
        _json["/apis"] = SerializeLegacy(ApiGroups);
        foreach (var (name, group) in _groups)
        {
            _json["/apis/" + name] = SerializeLegacy(group);
        }

        foreach (var ((group, version), list) in _resourceLists)
        {
            _json[group.Length == 0 ? "/api/" + version : $"/apis/{group}/{version}"] = SerializeLegacy(list);
        }

        foreach (var (root, document) in new[] { (DiscoveryRoot.Api, AggregatedApi), (DiscoveryRoot.Apis, AggregatedApis) })
        {
            var etag = ETagOf(document);
            foreach (var version in AllVersions)
            {
                var versioned = new APIGroupDiscoveryList
                {
                    Kind = DiscoveryMediaTypes.ListKind,
                    ApiVersion = DiscoveryMediaTypes.ApiVersion(version),
                    Items = document.Items,
                };
                _aggregated[(root, version)] = new AggregatedDocument(Serialize(versioned), etag, DiscoveryMediaTypes.ContentType(version));
            }
        }
    }

    /// <summary>
    /// As upstream's calculateETag: uppercase hex of SHA-512 over the JSON of the list without
    /// apiVersion and kind, so v2 and v2beta1 answers share one tag; quoted for the header.
    /// </summary>
    internal static string ETagOf(APIGroupDiscoveryList unversioned)
    {
        var hash = SHA512.HashData(Serialize(unversioned));
        return "\"" + Convert.ToHexString(hash) + "\"";
    }

    internal static byte[] Serialize(APIGroupDiscoveryList list) =>
        JsonSerializer.SerializeToUtf8Bytes(list, (JsonTypeInfo<APIGroupDiscoveryList>)AggregatedOptions.GetTypeInfo(typeof(APIGroupDiscoveryList)));

    private static byte[] SerializeLegacy<T>(T document) =>
        JsonSerializer.SerializeToUtf8Bytes(document, (JsonTypeInfo<T>)GoLikeOptions.GetTypeInfo(typeof(T)));
}
