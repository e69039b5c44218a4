using Dotkube.Api.Validation;

namespace Dotkube.Api.Tests.Validation;

public class FieldErrorTests
{
    private static readonly FieldPath Spec = FieldPath.Root("spec");

    public static TheoryData<FieldError, string> Messages() => new()
    {
        { FieldError.Required(Spec.Child("containers").Index(0).Child("image")), "spec.containers[0].image: Required value" },
        { FieldError.Invalid(Spec.Child("replicas"), -1, "must be greater than or equal to 0"), "spec.replicas: Invalid value: -1: must be greater than or equal to 0" },
        { FieldError.Invalid(FieldPath.Root("metadata", "name"), "Bad_Name", "a lowercase RFC 1123 subdomain"), "metadata.name: Invalid value: \"Bad_Name\": a lowercase RFC 1123 subdomain" },
        { FieldError.NotSupported(Spec.Child("restartPolicy"), "Sometimes", ["Always", "OnFailure", "Never"]), "spec.restartPolicy: Unsupported value: \"Sometimes\": supported values: \"Always\", \"OnFailure\", \"Never\"" },
        { FieldError.Duplicate(Spec.Child("containers").Index(1).Child("name"), "web"), "spec.containers[1].name: Duplicate value: \"web\"" },
        { FieldError.Forbidden(Spec.Child("nodeName"), "may not be set"), "spec.nodeName: Forbidden: may not be set" },
        { FieldError.TooLong(FieldPath.Root("metadata", "annotations"), "x", 262144), "metadata.annotations: Too long: may not be more than 262144 bytes" },
        { FieldError.TooMany(Spec.Child("items"), 12, 10), "spec.items: Too many: 12: must have at most 10 items" },
        { FieldError.Invalid(FieldPath.Root("metadata").Child("labels").Key("app"), true, "x"), "metadata.labels[app]: Invalid value: true: x" },
        { FieldError.Invalid(Spec.Child("template", "metadata", "labels"), new Dictionary<string, string> { ["b"] = "2", ["a"] = "1" }, "`selector` does not match template `labels`"),
          "spec.template.metadata.labels: Invalid value: map[string]string{\"a\":\"1\", \"b\":\"2\"}: `selector` does not match template `labels`" },
        { FieldError.Invalid(Spec.Child("x"), "quote\"back\\slash\n", "d"), "spec.x: Invalid value: \"quote\\\"back\\\\slash\\n\": d" },
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void ToString_PrintsUpstreamText(FieldError error, string expected) => Assert.Equal(expected, error.ToString());

    [Fact]
    public void InvalidObjectStatus_OneError_HasNoBrackets()
    {
        var status = InvalidObjectStatus.Create("", "Pod", "web", [FieldError.Required(Spec.Child("containers"))]);

        Assert.Equal("Pod \"web\" is invalid: spec.containers: Required value", status.Message);
        Assert.Equal(422, status.Code);
        Assert.Equal("Invalid", status.Reason);
        Assert.Equal("Failure", status.Outcome);
        var cause = Assert.Single(status.Details!.Causes!);
        Assert.Equal("FieldValueRequired", cause.Type);
        Assert.Equal("Required value", cause.Message);
        Assert.Equal("spec.containers", cause.Field);
        Assert.Null(status.Details.Group);
    }

    [Fact]
    public void InvalidObjectStatus_SeveralErrors_BracketsAndQualifiesKindWithGroup()
    {
        var status = InvalidObjectStatus.Create("apps", "Deployment", "web",
        [
            FieldError.Required(Spec.Child("selector")),
            FieldError.Invalid(Spec.Child("replicas"), -1, "must be greater than or equal to 0"),
            FieldError.Required(Spec.Child("selector")),
        ]);

        Assert.Equal(
            "Deployment.apps \"web\" is invalid: [spec.selector: Required value, spec.replicas: Invalid value: -1: must be greater than or equal to 0]",
            status.Message);
        Assert.Equal("apps", status.Details!.Group);
        Assert.Equal(3, status.Details.Causes!.Count);
    }
}
