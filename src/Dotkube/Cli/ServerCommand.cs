using System.CommandLine;
using System.Globalization;
using System.Net;
using Dotkube.Agent;
using Dotkube.ApiServer;
using Dotkube.ApiServer.Security;
using Dotkube.ControlPlane;
using Dotkube.Controllers;
using Dotkube.Kubelet.Cleanup;
using Dotkube.Kubelet.Node;
using Dotkube.Kubelet.Server;
using Dotkube.Scheduler;
using Dotkube.Storage;

namespace Dotkube.Cli;

/// <summary>
/// <c>dotkube server</c>: the control plane (API server and, unless disabled, the leader-elected
/// controller manager and scheduler) with k3s's flag names, and unless <c>--disable-agent</c> the node
/// agent in-process (its own containerd, this machine's Node, with a kubelet client certificate
/// CN=system:node:NAME, O=system:nodes, over HTTPS like any other agent). SIGINT and SIGTERM stop it cleanly.
/// </summary>
public static class ServerCommand
{
    public static Command Create()
    {
        var defaults = new ApiServerOptions();
        var dataDir = new Option<string>("--data-dir", "-d") { Description = "Folder for the database and certificates", DefaultValueFactory = _ => defaults.DataDir };
        var bindAddress = new Option<string>("--bind-address") { Description = "Address the API server listens on", DefaultValueFactory = _ => "0.0.0.0" };
        var port = new Option<int>("--https-listen-port") { Description = "HTTPS port of the API server (0 picks a free one)", DefaultValueFactory = _ => defaults.HttpsListenPort };
        var datastore = new Option<string?>("--datastore-endpoint") { Description = "sqlite:///path/state.db (default under the data dir) or etcd://host:port[,host:port]" };
        var kubeconfig = new Option<string>("--write-kubeconfig", "-o") { Description = "Where to write the admin kubeconfig", DefaultValueFactory = _ => defaults.WriteKubeconfig };
        var kubeconfigMode = new Option<string>("--write-kubeconfig-mode") { Description = "File mode of the admin kubeconfig, in octal", DefaultValueFactory = _ => "0600" };
        var disableAgent = new Option<bool>("--disable-agent") { Description = "Run the control plane only: no node agent, no containerd" };
        var nodeName = new Option<string>("--node-name") { Description = "This node's name", DefaultValueFactory = _ => defaults.NodeName };
        var runtimeEndpoint = AgentCommand.RuntimeEndpointOption();
        var imagesDir = AgentCommand.ImagesDirOption();
        var serviceCidr = new Option<string>("--service-cidr") { Description = "Service IP range", DefaultValueFactory = _ => defaults.ServiceCidr };
        var clusterCidr = new Option<string>("--cluster-cidr") { Description = "Pod IP range; each node gets a /24 of it", DefaultValueFactory = _ => "10.42.0.0/16" };
        var controllerManagerArgs = new Option<string[]>("--kube-controller-manager-arg") { Description = "A kube-controller-manager flag as flag=value (repeatable), e.g. node-monitor-grace-period=20s", AllowMultipleArgumentsPerToken = false };
        var apiServerArgs = new Option<string[]>("--kube-apiserver-arg") { Description = "A kube-apiserver flag as flag=value (repeatable), e.g. default-unreachable-toleration-seconds=60" };
        var disableControllerManager = new Option<bool>("--disable-controller-manager") { Description = "Do not run the controllers (replication, deployments, garbage collection, ...)" };
        var disableScheduler = new Option<bool>("--disable-scheduler") { Description = "Do not run the scheduler" };
        var disable = new Option<string[]>("--disable") { Description = "Do not run these packaged components (repeatable or comma-separated): dns (or coredns), servicelb" };
        var disableKubeProxy = new Option<bool>("--disable-kube-proxy") { Description = "Do not run the service proxy on this node" };

        var command = new Command("server", "Run the control plane (API server on embedded SQLite or etcd)")
        {
            dataDir, bindAddress, port, datastore, kubeconfig, kubeconfigMode, disableAgent, nodeName, runtimeEndpoint, imagesDir, serviceCidr, clusterCidr,
            disableControllerManager, disableScheduler, controllerManagerArgs, apiServerArgs, disable, disableKubeProxy,
        };
        command.SetAction(async (result, ct) =>
        {
            var error = result.InvocationConfiguration.Error;
            ApiServerOptions options;
            DatastoreEndpoint endpoint;
            ControllerManagerOptions controllerOptions;
            try
            {
                options = new ApiServerOptions
                {
                    DataDir = FullPath("--data-dir", result.GetValue(dataDir)),
                    BindAddress = IPAddress.TryParse(result.GetValue(bindAddress), out var address)
                        ? address
                        : throw new ArgumentException($"--bind-address must be an IP address, got \"{result.GetValue(bindAddress)}\""),
                    HttpsListenPort = result.GetValue(port),
                    DatastoreEndpoint = result.GetValue(datastore),
                    WriteKubeconfig = FullPath("--write-kubeconfig", result.GetValue(kubeconfig)),
                    WriteKubeconfigMode = OctalMode(result.GetValue(kubeconfigMode)),
                    NodeName = AgentOptions.NodeNameOrHost(result.GetValue(nodeName)),
                    ServiceCidr = result.GetValue(serviceCidr)!,
                };
                ApiServerArgs.Apply(options, result.GetValue(apiServerArgs) ?? []);
                options.Validate();
                var podCidr = IPNetwork.TryParse(result.GetValue(clusterCidr), out var parsed)
                    ? parsed
                    : throw new ArgumentException($"--cluster-cidr must be a CIDR such as 10.42.0.0/16, got \"{result.GetValue(clusterCidr)}\"");
                controllerOptions = ControllerManagerArgs.Apply(new ControllerManagerOptions { ClusterCidr = podCidr },
                    result.GetValue(controllerManagerArgs) ?? []);
                endpoint = options.DatastoreEndpoint is { Length: > 0 } text
                    ? DatastoreEndpoint.Parse(text)
                    : DatastoreEndpoint.Default(options.DataDir);
            }
            catch (Exception e) when (e is ArgumentException or FormatException)
            {
                await error.WriteLineAsync($"dotkube server: {e.Message}");
                return 1;
            }

            using var stop = new ShutdownSignals(ct);

            ApiServer.ApiServer.EnsureDataDir(options);
            using var pidFile = DotkubePidFile.Write(DotkubePidFile.ServerPath(options.DataDir));
            await using var store = await StoreFactory.OpenAsync(endpoint, stop.Token);
            ApiServer.ApiServer server;
            try
            {
                server = await ApiServer.ApiServer.StartAsync(options, store, TimeProvider.System, logging: null, stop.Token);
            }
            catch (IOException e)
            {
                // Most often the port is taken: say so plainly instead of a stack trace.
                await error.WriteLineAsync($"dotkube server: cannot start: {e.Message}");
                return 1;
            }

            await using var running = server;
            var output = result.InvocationConfiguration.Output;
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"dotkube server: listening on https://{options.BindAddress}:{server.Port}; admin kubeconfig: {options.WriteKubeconfig}"));
            await output.WriteLineAsync($"  kubectl --kubeconfig {options.WriteKubeconfig} get ns");
            var disabled = DisabledComponents.Parse(result.GetValue(disable) ?? []);
            var clusterDnsIp = ClusterDnsObjects.IpFor(options.ServiceCidr);
            // Before the agent starts, so that it finds the Service to publish its DNS server in.
            await ClusterDnsAddon.ApplyAsync(server, options, !disabled.Dns, clusterDnsIp, stop.Token);
            var controllers = result.GetValue(disableControllerManager)
                ? Task.CompletedTask
                : Task.Run(() => new ControllerManagerHost(server, options, controllerOptions with { RootCaPem = server.Pki.ServerCaPem })
                    .RunAsync(stop.Token), CancellationToken.None);
            var scheduler = result.GetValue(disableScheduler)
                ? Task.CompletedTask
                : Task.Run(() => new SchedulerHost(server, options, new SchedulerOptions { EventHost = options.NodeName, Metrics = new PrometheusScheduleMetrics(server.Metrics) }).RunAsync(stop.Token),
                    CancellationToken.None);
            var agent = result.GetValue(disableAgent)
                ? Task.CompletedTask
                : Task.Run(() => RunAgentAsync(server, options, new AgentOptions
                {
                    DataDir = options.DataDir,
                    NodeName = options.NodeName,
                    ControlPlane = true,
                    ContainerRuntimeEndpoint = result.GetValue(runtimeEndpoint),
                    ExtraImageDirs = result.GetValue(imagesDir) is { Length: > 0 } extra ? [Path.GetFullPath(extra)] : [],
                    KubeletServer = KubeletServing(server, options.NodeName),
                    ClusterCidr = controllerOptions.ClusterCidr.ToString(),
                    ClusterDnsIp = clusterDnsIp,
                    ClusterDns = !disabled.Dns,
                    KubeProxy = !result.GetValue(disableKubeProxy),
                    ProxyMetrics = new PrometheusProxyMetrics(server.Metrics),
                    DnsMetrics = new PrometheusDnsMetrics(server.Metrics),
                }, stop.Token), CancellationToken.None);
            try
            {
                await Task.Delay(Timeout.Infinite, stop.Token);
            }
            catch (OperationCanceledException)
            {
                // SIGINT/SIGTERM: fall through to an orderly shutdown.
            }

            await output.WriteLineAsync("dotkube server: shutting down");
            // Controllers, scheduler and agent first, so they release their leases (and the agent stops
            // containerd) while the API server still answers.
            await Task.WhenAll(controllers, scheduler, agent);
            return 0;
        });
        return command;
    }

    private static async Task RunAgentAsync(ApiServer.ApiServer server, ApiServerOptions apiOptions, AgentOptions options, CancellationToken ct)
    {
        using var client = ComponentClient.Create(server, apiOptions, "client-kubelet", AgentHost.UserName(options.NodeName), AgentHost.UserAgent,
            [WellKnownGroups.Nodes]);
        await new AgentHost(options, client, server.Loggers, TimeProvider.System).RunAsync(ct);
    }

    /// <summary>
    /// The in-process agent's kubelet API: a serving certificate for the node's name and InternalIP
    /// signed by the server CA (kept as serving-kubelet.crt, as k3s), trusting the client CA, so the
    /// API server reaches it with its kube-apiserver-kubelet-client certificate.
    /// </summary>
    private static KubeletServerOptions KubeletServing(ApiServer.ApiServer server, string nodeName)
    {
        var names = new ServingNames([nodeName, "localhost"], [NodeAddresses.InternalIp(HostFiles.Host), IPAddress.Loopback]);
        var serving = server.Pki.LoadOrIssueServingCertificate("serving-kubelet", nodeName, names);
        return new KubeletServerOptions { ServingCertificatePem = serving.CertificatePem, ServingKeyPem = serving.KeyPem, ClientCaPem = server.Pki.ClientCaPem };
    }

    private static string FullPath(string flag, string? path) =>
        string.IsNullOrWhiteSpace(path) ? throw new ArgumentException($"{flag} must not be empty") : Path.GetFullPath(path);

    private static int OctalMode(string? text)
    {
        try
        {
            return Convert.ToInt32(text ?? "", 8);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or OverflowException)
        {
            throw new ArgumentException($"--write-kubeconfig-mode must be an octal file mode such as 0600, got \"{text}\"");
        }
    }
}
