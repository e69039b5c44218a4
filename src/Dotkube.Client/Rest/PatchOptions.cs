namespace Dotkube.Client.Rest;

/// <summary>metav1.PatchOptions.</summary>
public sealed record PatchOptions
{
    /// <summary>Validates and admits the request without persisting it (dryRun=All).</summary>
    public bool DryRun { get; init; }

    /// <summary>The manager recorded in managedFields; the server derives one from the User-Agent when null.</summary>
    public string? FieldManager { get; init; }
}
