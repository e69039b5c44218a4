using System.Net;

namespace Dotkube.ApiServer.Tests;

public sealed class ApiServerOptionsTests
{
    [Fact]
    public void Defaults_AreValidAndMatchK3s()
    {
        var options = new ApiServerOptions();
        options.Validate();
        Assert.Equal(6443, options.HttpsListenPort);
        Assert.Equal(IPAddress.Any, options.BindAddress);
        Assert.Equal("/var/lib/dotkube/server/tls", options.TlsDir);
        Assert.Equal("600", Convert.ToString(options.WriteKubeconfigMode, 8));
    }

    public static TheoryData<string, Action<ApiServerOptions>> InvalidSettings => new()
    {
        { "--data-dir", o => o.DataDir = "relative/dir" },
        { "--https-listen-port", o => o.HttpsListenPort = 70000 },
        { "--write-kubeconfig-mode", o => o.WriteKubeconfigMode = 0x200 },
        { "--node-name", o => o.NodeName = "" },
        { "--service-cidr", o => o.ServiceCidr = "10.43.0.0" },
        { "--max-requests-inflight", o => o.MaxRequestsInflight = 0 },
        { "--request-timeout", o => o.RequestTimeout = TimeSpan.Zero },
    };

    [Theory]
    [MemberData(nameof(InvalidSettings))]
    public void Validate_InvalidSetting_NamesTheFlag(string flag, Action<ApiServerOptions> breakIt)
    {
        var options = new ApiServerOptions();
        breakIt(options);
        var error = Assert.Throws<ArgumentException>(options.Validate);
        Assert.Contains(flag, error.Message);
    }
}
