using Dotkube.Api.Meta;
using Dotkube.Api.Schema;
using Dotkube.Api.Serialization;
using Dotkube.Storage;

namespace Dotkube.ApiServer.Registry;

/// <summary>
/// Stored bytes and objects. Objects are stored as JSON without resourceVersion, as upstream's
/// etcd3 store clears it before writing: the key's mod revision is the resourceVersion, set
/// again on every read.
/// </summary>
public static class StoredObject
{
    public static KubeObject Decode(ResourceInfo resource, KeyValue kv) => Decode(resource, kv.Value, kv.ModRevision);

    public static KubeObject Decode(ResourceInfo resource, byte[] value, long modRevision)
    {
        var obj = (KubeObject)KubeJson.Deserialize(value, resource.ClrType);
        obj.Metadata.ResourceVersion = modRevision.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Scheme.Default.SetTypeMeta(obj);
        return obj;
    }

    public static byte[] Encode(KubeObject obj)
    {
        var resourceVersion = obj.Metadata.ResourceVersion;
        obj.Metadata.ResourceVersion = null;
        try
        {
            Scheme.Default.SetTypeMeta(obj);
            return KubeJson.SerializeObject(obj);
        }
        finally
        {
            obj.Metadata.ResourceVersion = resourceVersion;
        }
    }

    public static KubeObject Clone(ResourceInfo resource, KubeObject obj) =>
        (KubeObject)KubeJson.Deserialize(KubeJson.Serialize(obj, resource.ClrType), resource.ClrType);
}
