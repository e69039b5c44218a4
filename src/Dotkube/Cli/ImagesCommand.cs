using System.CommandLine;
using Dotkube.ApiServer;
using Dotkube.Images;

namespace Dotkube.Cli;

/// <summary>
/// <c>dotkube images import FILE... [--address SOCKET | --data-dir DIR]</c>: imports OCI or
/// docker image tarballs (such as images/build.sh's busybox.tar and pause.tar) into
/// containerd's k8s.io namespace, where the kubelet's CRI finds them. The default containerd
/// is the agent's own, at <c>DATA_DIR/agent/run/containerd/containerd.sock</c>.
/// </summary>
public static class ImagesCommand
{
    public static Command Create() => new("images", "Manage the node's container images") { CreateImport() };

    private static Command CreateImport()
    {
        var files = new Argument<string[]>("FILE") { Description = "Image tarballs (OCI layout or docker save format)", Arity = ArgumentArity.OneOrMore };
        var dataDir = new Option<string>("--data-dir", "-d") { Description = "dotkube's data dir, whose agent containerd is used", DefaultValueFactory = _ => new ApiServerOptions().DataDir };
        var address = new Option<string?>("--address", "-a") { Description = "containerd's socket (default: DATA_DIR/agent/run/containerd/containerd.sock)" };
        var snapshotter = new Option<string?>("--snapshotter") { Description = "Snapshotter to unpack into (default: containerd's, overlayfs)" };
        var command = new Command("import", "Import image tarballs into containerd's k8s.io namespace") { files, dataDir, address, snapshotter };
        command.SetAction(async (result, ct) =>
        {
            var importer = new ImageImporter(new ImageImporterOptions
            {
                Address = result.GetValue(address) is { Length: > 0 } socket
                    ? socket
                    : ImageImporterOptions.AgentContainerdSocket(result.GetValue(dataDir)!),
                Snapshotter = result.GetValue(snapshotter),
            });
            var exitCode = 0;
            foreach (var file in result.GetValue(files)!)
            {
                try
                {
                    foreach (var image in await importer.ImportAsync(Path.GetFullPath(file), ct))
                    {
                        await result.InvocationConfiguration.Output.WriteLineAsync($"imported {image} from {file}");
                    }
                }
                catch (ImageImportException e)
                {
                    await result.InvocationConfiguration.Error.WriteLineAsync($"dotkube images import: {e.Message}");
                    exitCode = 1;
                }
            }

            return exitCode;
        });
        return command;
    }
}
