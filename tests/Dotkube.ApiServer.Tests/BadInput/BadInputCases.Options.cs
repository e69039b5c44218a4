using System.Text.Json.Nodes;
using static Dotkube.ApiServer.Tests.BadInput.Bodies;
using static Dotkube.ApiServer.Tests.BadInput.Upstream;

namespace Dotkube.ApiServer.Tests.BadInput;

public static partial class BadInputCases
{
    /// <summary>ValidateFieldValidation's allowed values, as sets.NewString(...).List() sorts them.</summary>
    private static readonly string[] FieldValidations = ["", "Ignore", "Strict", "Warn"];

    /// <summary>
    /// dryRun, fieldValidation, fieldManager and force in the query. Each verb validates its
    /// options (ValidateCreateOptions, ValidateUpdateOptions, ValidatePatchOptions) before the
    /// body is decoded: 422 Invalid on CreateOptions/UpdateOptions/PatchOptions.meta.k8s.io.
    /// </summary>
    private static void Options(CaseSet set, CaseSet.Category add)
    {
        var cms = ResourceKind.ConfigMaps;
        Post(add, set, cms, "dryRun=Bogus", _ => { }, OptionsInvalid("CreateOptions", DryRun("Bogus")), "?dryRun=Bogus");
        Post(add, set, ResourceKind.Pods, "dryRun=All&dryRun=Bogus", _ => { }, OptionsInvalid("CreateOptions", DryRun("All", "Bogus")), "?dryRun=All&dryRun=Bogus");
        Post(add, set, cms, "empty dryRun", _ => { }, OptionsInvalid("CreateOptions", DryRun("")), "?dryRun=");
        Post(add, set, ResourceKind.Namespaces, "fieldValidation=Bogus", _ => { },
            OptionsInvalid("CreateOptions", FieldValidation("Bogus")), "?fieldValidation=Bogus");
        Post(add, set, ResourceKind.Nodes, "fieldValidation=strict (lower case)", _ => { },
            OptionsInvalid("CreateOptions", FieldValidation("strict")), "?fieldValidation=strict");
        Post(add, set, ResourceKind.Services, "fieldValidation=Bogus&dryRun=All", _ => { },
            OptionsInvalid("CreateOptions", FieldValidation("Bogus")), "?fieldValidation=Bogus&dryRun=All");
        // ValidateFieldManager: at most 128 bytes ("Too long"), printable characters only.
        Post(add, set, cms, "fieldManager of 129 characters", _ => { }, Invalid().Containing("fieldManager: Too long"),
            "?fieldManager=" + new string('m', 129));

        Put(add, cms, "dryRun=Bogus", _ => { }, OptionsInvalid("UpdateOptions", DryRun("Bogus")), "?dryRun=Bogus");
        Put(add, ResourceKind.Deployments, "fieldValidation=Bogus", _ => { }, OptionsInvalid("UpdateOptions", FieldValidation("Bogus")), "?fieldValidation=Bogus");
        Put(add, ResourceKind.Namespaces, "dryRun=Bogus", _ => { }, OptionsInvalid("UpdateOptions", DryRun("Bogus")), "?dryRun=Bogus");
        Put(add, cms, "fieldManager with a control character", _ => { },
            Invalid().Containing("fieldManager: Invalid value"), "?fieldManager=a%01b");

        var changeLabel = Body(new JsonObject { ["metadata"] = new JsonObject { ["labels"] = new JsonObject { ["bad-input"] = "patched" } } });
        add.Add("merge PATCH services dryRun=Bogus", HttpMethod.Patch, ResourceKind.Services.SeededItem + "?dryRun=Bogus", MergePatch, changeLabel,
            OptionsInvalid("PatchOptions", DryRun("Bogus")));
        add.Add("strategic PATCH nodes fieldValidation=Bogus", HttpMethod.Patch, ResourceKind.Nodes.SeededItem + "?fieldValidation=Bogus",
            StrategicPatch, changeLabel, OptionsInvalid("PatchOptions", FieldValidation("Bogus")));
        add.Add("JSON PATCH pods dryRun=all (lower case)", HttpMethod.Patch, ResourceKind.Pods.SeededItem + "?dryRun=all", JsonPatch,
            """[{"op":"add","path":"/metadata/labels","value":{"bad-input":"patched"}}]""", OptionsInvalid("PatchOptions", DryRun("all")));
        add.Add("merge PATCH configmaps force=true", HttpMethod.Patch, cms.SeededItem + "?force=true", MergePatch, changeLabel,
            OptionsInvalid("PatchOptions", FieldForbidden("force", "may not be specified for non-apply patch")));
    }

    private static string DryRun(params string[] values) => FieldNotSupported("dryRun", GoStrings(values), "All");

    private static string FieldValidation(string value) => FieldNotSupported("fieldValidation", Quote(value), FieldValidations);
}
