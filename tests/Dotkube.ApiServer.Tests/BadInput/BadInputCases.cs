namespace Dotkube.ApiServer.Tests.BadInput;

/// <summary>
/// The bad requests, generated once and deterministically (the random mutations use a fixed
/// seed), each with kube-apiserver v1.32's answer. One partial file per category.
/// </summary>
public static partial class BadInputCases
{
    /// <summary>Seed of the random mutations: changing it changes the cases, so it is fixed.</summary>
    public const int Seed = 20_250_601;

    private static readonly Lazy<CaseSet> Generated = new(Build);

    private static readonly Lazy<Dictionary<string, BadInputCase>> Index =
        new(() => Generated.Value.Cases.ToDictionary(c => c.Name, StringComparer.Ordinal));

    public static IReadOnlyList<BadInputCase> All => Generated.Value.Cases;

    public static IReadOnlyDictionary<string, BadInputCase> ByName => Index.Value;

    /// <summary>Objects the DELETE cases target, to be seeded before the run.</summary>
    public static IReadOnlyList<(ResourceKind Kind, string Name)> Victims => Generated.Value.Victims;

    private static CaseSet Build()
    {
        var set = new CaseSet();
        Malformed(set, set.In("malformed"));
        TypeMeta(set, set.In("kind-apiversion"));
        Identity(set, set.In("url-body-mismatch"));
        Names(set, set.In("invalid-names-labels"));
        KindValidation(set, set.In("invalid-spec"));
        Strict(set, set.In("strict-fields"));
        Limits(set, set.In("limits"));
        Patches(set.In("patch"));
        Selectors(set.In("selectors"));
        ListParameters(set.In("list-watch-params"));
        ResourceVersions(set.In("resource-version"));
        Options(set, set.In("options"));
        Deletes(set, set.In("delete-options"));
        Routing(set, set.In("content-type-routing"));
        RandomMutations(set, set.In("random"), new Random(Seed));
        return set;
    }

    private static string Body(System.Text.Json.Nodes.JsonNode node) => node.ToJsonString();
}
