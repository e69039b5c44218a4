using Dotkube.Api.Authentication.V1;
using Dotkube.Api.Authorization.V1;
using Dotkube.Api.Validation;

namespace Dotkube.Api.Tests.Validation.Authorization;

public class ReviewValidatorTests
{
    [Fact]
    public void ValidateCreate_SelfSubjectAccessReviewAsKubectlSendsIt_IsValid()
    {
        // `kubectl auth can-i list pods` sends no metadata at all.
        var review = new SelfSubjectAccessReview
        {
            Spec = { ResourceAttributes = new ResourceAttributes { Namespace = "default", Verb = "list", Resource = "pods" } },
        };

        Assert.Empty(ObjectValidation.ValidateCreate(review));
    }

    [Fact]
    public void ValidateCreate_SelfSubjectAccessReviewWithName_MetadataMustBeEmpty()
    {
        var review = new SelfSubjectAccessReview
        {
            Metadata = { Name = "x" },
            Spec = { NonResourceAttributes = new NonResourceAttributes { Path = "/healthz", Verb = "get" } },
        };

        var error = Assert.Single(ObjectValidation.ValidateCreate(review));
        Assert.Equal("metadata: Invalid value: v1.ObjectMeta{Name:\"x\", ...}: must be empty", error.ToString());
    }

    [Fact]
    public void ValidateCreate_SelfSubjectAccessReviewWithoutAttributes_ReportsExactlyOne()
    {
        var error = Assert.Single(ObjectValidation.ValidateCreate(new SelfSubjectAccessReview()));

        Assert.Equal("spec.resourceAttributes: Invalid value: null: exactly one of nonResourceAttributes or resourceAttributes must be specified", error.ToString());
    }

    [Fact]
    public void ValidateCreate_SubjectAccessReviewWithBothAttributesAndNoSubject_ReportsBoth()
    {
        var review = new SubjectAccessReview
        {
            Spec =
            {
                ResourceAttributes = new ResourceAttributes { Verb = "get", Resource = "pods" },
                NonResourceAttributes = new NonResourceAttributes { Path = "/api", Verb = "get" },
            },
        };

        var messages = ObjectValidation.ValidateCreate(review).Select(e => e.ToString());

        Assert.Equal(
        [
            "spec.nonResourceAttributes: Invalid value: authorization.NonResourceAttributes{Path:\"/api\", Verb:\"get\"}: cannot be specified in combination with resourceAttributes",
            "spec.user: Invalid value: \"\": at least one of user or group must be specified",
        ], messages);
    }

    [Fact]
    public void ValidateCreate_LocalSubjectAccessReview_NamespacesMustMatch()
    {
        var review = new LocalSubjectAccessReview
        {
            Metadata = { Namespace = "team-a" },
            Spec = { User = "jane", ResourceAttributes = new ResourceAttributes { Namespace = "team-b", Verb = "get", Resource = "pods" } },
        };

        var error = Assert.Single(ObjectValidation.ValidateCreate(review));
        Assert.Equal("spec.resourceAttributes.namespace: Invalid value: \"team-b\": must match metadata.namespace", error.ToString());
    }

    [Fact]
    public void ValidateCreate_TokenReviewAndRulesReviewWithoutMetadata_AreValid()
    {
        Assert.Empty(ObjectValidation.ValidateCreate(new TokenReview { Spec = { Token = "abc" } }));
        Assert.Empty(ObjectValidation.ValidateCreate(new SelfSubjectRulesReview { Spec = { Namespace = "default" } }));
        Assert.Empty(ObjectValidation.ValidateCreate(new SelfSubjectReview()));
    }
}
