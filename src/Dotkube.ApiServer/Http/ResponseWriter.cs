using System.Text;
using System.Text.Json;
using Dotkube.Api.Meta;
using Dotkube.Api.Schema;
using Dotkube.Api.Serialization;
using Microsoft.AspNetCore.Http;

namespace Dotkube.ApiServer.Http;

/// <summary>Writes API objects in the negotiated form (JSON, YAML, Table or PartialObjectMetadata).</summary>
public static class ResponseWriter
{
    /// <summary>
    /// Serializes straight into the response body: a list of hundreds of objects never becomes one
    /// large array (which would land on the large-object heap and cost GC pauses under load).
    /// </summary>
    public static async Task WriteJsonAsync(HttpContext http, int statusCode, object value, Type type)
    {
        http.Response.StatusCode = statusCode;
        http.Response.ContentType = MediaTypes.Json;
        await JsonSerializer.SerializeAsync(http.Response.Body, value, KubeJson.TypeInfo(type), http.RequestAborted);
    }

    public static Task WriteStatusAsync(HttpContext http, Status status) =>
        WriteJsonAsync(http, status.Code ?? 500, status, typeof(Status));

    /// <summary>A single object or a list, converted to the negotiated form.</summary>
    public static Task WriteAsync(ApiRequest request, int statusCode, object value, ResponseForm form, Func<object, Table>? toTable)
    {
        var http = request.Http;
        switch (form)
        {
            case ResponseForm.Table when toTable is not null:
                return WriteJsonAsync(http, statusCode, toTable(value), typeof(Table));
            case ResponseForm.PartialObjectMetadata:
                var partial = ToPartial(value);
                return WriteJsonAsync(http, statusCode, partial, partial.GetType());
        }

        var type = value is IKubeList ? request.Resource.ListClrType : value.GetType();
        return form == ResponseForm.Yaml
            ? WriteBytesAsync(http, statusCode, MediaTypes.Yaml, Encoding.UTF8.GetBytes(KubeYaml.FromJson(KubeJson.Serialize(value, type))))
            : WriteJsonAsync(http, statusCode, value, type);
    }

    public static async Task WriteBytesAsync(HttpContext http, int statusCode, string contentType, ReadOnlyMemory<byte> bytes)
    {
        http.Response.StatusCode = statusCode;
        http.Response.ContentType = contentType;
        http.Response.ContentLength = bytes.Length;
        await http.Response.Body.WriteAsync(bytes, http.RequestAborted);
    }

    /// <summary>as=PartialObjectMetadata(List): objects reduced to their metadata.</summary>
    public static object ToPartial(object value)
    {
        if (value is IKubeList list)
        {
            return new KubeList<PartialObjectMetadata>
            {
                ApiVersion = "meta.k8s.io/v1",
                Kind = "PartialObjectMetadataList",
                Metadata = list.Metadata,
                Items = list.ItemObjects.Select(Partial).ToList(),
            };
        }

        return Partial((KubeObject)value);
    }

    public static PartialObjectMetadata Partial(KubeObject obj) =>
        new() { ApiVersion = "meta.k8s.io/v1", Kind = "PartialObjectMetadata", Metadata = obj.Metadata };

    /// <summary>A KubeList of the resource's kind holding <paramref name="items"/>.</summary>
    public static IKubeList NewList(ResourceInfo resource, IEnumerable<KubeObject> items, ListMeta meta)
    {
        var list = (IKubeList)Activator.CreateInstance(resource.ListClrType)!;
        list.ApiVersion = resource.ApiVersion;
        list.Kind = resource.ListKind;
        list.Metadata = meta;
        var target = (System.Collections.IList)resource.ListClrType.GetProperty("Items")!.GetValue(list)!;
        foreach (var item in items)
        {
            target.Add(item);
        }

        return list;
    }
}
