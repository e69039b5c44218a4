using Dotkube.Client.Rest;

namespace Dotkube.Controllers.Common;

/// <summary>Recognises the refusal to create objects in a namespace being deleted (errors.HasStatusCause(err, NamespaceTerminatingCause)).</summary>
public static class NamespaceTermination
{
    /// <summary>The cause type upstream's NamespaceLifecycle admission attaches (v1.NamespaceTerminatingCause).</summary>
    public const string Cause = "NamespaceTerminating";

    /// <summary>True for a 403 whose details name the NamespaceTerminating cause.</summary>
    public static bool Is(Exception e) =>
        e is ApiStatusException { IsForbidden: true } forbidden && forbidden.Status.Details?.Causes?.Any(c => c.Type == Cause) == true;
}
