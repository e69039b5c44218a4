using Dotkube.Api.Core.V1;
using Dotkube.Api.Validation.Core;

namespace Dotkube.Api.Tests.Validation.Core;

public sealed class PodLogOptionsValidationTests
{
    public static TheoryData<string, PodLogOptions, string[]> Cases => new()
    {
        { "nothing set", new PodLogOptions(), [] },
        { "tail zero", new PodLogOptions { TailLines = 0 }, [] },
        { "negative tail", new PodLogOptions { TailLines = -1 }, ["tailLines: Invalid value: -1: must be greater than or equal to 0"] },
        { "zero bytes", new PodLogOptions { LimitBytes = 0 }, ["limitBytes: Invalid value: 0: must be greater than 0"] },
        { "zero seconds", new PodLogOptions { SinceSeconds = 0 }, ["sinceSeconds: Invalid value: 0: must be greater than 0"] },
        {
            "both since forms",
            new PodLogOptions { SinceSeconds = 5, SinceTime = DateTimeOffset.UnixEpoch },
            [": Forbidden: at most one of `sinceTime` or `sinceSeconds` may be specified"]
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Options_are_validated_as_upstream(string name, PodLogOptions options, string[] errors)
    {
        Assert.NotEmpty(name);
        Assert.Equal(errors, PodLogOptionsValidation.Validate(options).Select(e => e.ToString()));
    }

    [Fact]
    public void The_query_decodes_into_options_and_the_kubelet_query_leaves_the_container_out()
    {
        var query = new Dictionary<string, string>
        {
            ["container"] = "app", ["follow"] = "true", ["previous"] = "false", ["timestamps"] = "1",
            ["tailLines"] = "10", ["limitBytes"] = "500", ["sinceTime"] = "2024-05-01T10:00:00+02:00",
        };
        var options = PodLogOptions.FromQuery(key => query.GetValueOrDefault(key));
        Assert.Equal(("app", true, false, true, 10L, 500L), (options.Container, options.Follow, options.Previous, options.Timestamps, options.TailLines, options.LimitBytes));
        Assert.Equal("?follow=true&limitBytes=500&sinceTime=2024-05-01T08%3A00%3A00Z&tailLines=10&timestamps=true", options.ToKubeletQuery());
    }

    [Theory]
    [InlineData("tailLines", "ten")]
    [InlineData("follow", "yes")]
    [InlineData("sinceTime", "yesterday")]
    public void Values_that_do_not_decode_are_refused(string key, string value) =>
        Assert.Throws<FormatException>(() => PodLogOptions.FromQuery(k => k == key ? value : null));
}
