using Dotkube.Api.Meta;

using Dotkube.Api.Values;

namespace Dotkube.Api.Validation;

/// <summary>Turns field errors into the 422 Invalid <see cref="Status"/> kube-apiserver returns.</summary>
public static class InvalidObjectStatus
{
    /// <summary>
    /// As upstream NewInvalid: message <c>Deployment.apps "web" is invalid: [a, b]</c> (no
    /// brackets for a single error, duplicates dropped), one cause per error.
    /// </summary>
    public static Status Create(string group, string kind, string name, IReadOnlyList<FieldError> errors)
    {
        var qualifiedKind = group.Length == 0 ? kind : $"{kind}.{group}";
        var messages = errors.Select(e => e.ToString()).Distinct().ToList();
        var summary = messages.Count switch
        {
            0 => "",
            1 => ": " + messages[0],
            _ => ": [" + string.Join(", ", messages) + "]",
        };
        return new Status
        {
            Kind = "Status",
            ApiVersion = "v1",
            Outcome = "Failure",
            Message = $"{qualifiedKind} {GoStrings.Quote(name)} is invalid{summary}",
            Reason = "Invalid",
            Details = new StatusDetails
            {
                Name = name,
                Group = group.Length == 0 ? null : group,
                Kind = kind,
                Causes = errors.Select(e => new StatusCause { Type = e.Type.Reason(), Message = e.Body(), Field = e.Field }).ToList(),
            },
            Code = 422,
        };
    }
}
