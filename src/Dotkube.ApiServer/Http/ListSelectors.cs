using Dotkube.Api.Meta;
using Dotkube.Api.Schema;
using Dotkube.Api.Selectors;
using Dotkube.ApiServer.Errors;
using Dotkube.ApiServer.Fields;

namespace Dotkube.ApiServer.Http;

/// <summary>The labelSelector and fieldSelector of a list or watch, parsed once.</summary>
public sealed class ListSelectors
{
    private ListSelectors(Selector labels, FieldSelector fields)
    {
        Labels = labels;
        Fields = fields;
    }

    public Selector Labels { get; }

    public FieldSelector Fields { get; }

    public bool IsEverything => Labels.IsEmpty && Fields.IsEmpty;

    /// <summary>Reads the query; bad selectors and unsupported field labels are 400.</summary>
    public static ListSelectors From(ApiRequest request)
    {
        var labels = Selector.Everything;
        if (request.Query("labelSelector") is { Length: > 0 } labelText && !Selector.TryParse(labelText, out labels, out var error))
        {
            throw ApiErrors.BadRequest(error);
        }

        var fields = FieldSelector.Everything;
        if (request.Query("fieldSelector") is { Length: > 0 } fieldText)
        {
            if (!FieldSelector.TryParse(fieldText, out var parsed, out var fieldError))
            {
                throw ApiErrors.BadRequest(fieldError);
            }

            // Per-kind labels and their aliases (spec.host, regarding.*), as upstream converts them.
            if (!FieldLabels.TryConvert(request.Resource, parsed, out fields, out var labelError))
            {
                throw ApiErrors.BadRequest(labelError);
            }
        }

        return new ListSelectors(labels, fields);
    }

    public bool Matches(ResourceInfo resource, KubeObject obj) =>
        Labels.Matches(obj.Metadata.Labels) && (Fields.IsEmpty || FieldLabels.Matches(Fields, obj));
}
