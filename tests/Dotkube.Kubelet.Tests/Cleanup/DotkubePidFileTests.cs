using Dotkube.Kubelet.Cleanup;

namespace Dotkube.Kubelet.Tests.Cleanup;

public sealed class DotkubePidFileTests
{
    [Fact]
    public void The_pid_file_names_this_process_until_disposed_and_is_then_gone()
    {
        var dataDir = Directory.CreateTempSubdirectory("dotkube-pid-").FullName;
        try
        {
            var path = DotkubePidFile.ServerPath(dataDir);
            using (DotkubePidFile.Write(path))
                Assert.Equal(Environment.ProcessId, DotkubePidFile.Read(path));

            Assert.False(File.Exists(path));
            Assert.Null(DotkubePidFile.Read(path));
        }
        finally
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }

    [Fact]
    public void A_pid_file_another_process_rewrote_is_left_to_it()
    {
        var dataDir = Directory.CreateTempSubdirectory("dotkube-pid-").FullName;
        try
        {
            var path = DotkubePidFile.AgentPath(dataDir);
            var file = DotkubePidFile.Write(path);
            File.WriteAllText(path, "12345");
            file.Dispose();
            Assert.Equal(12345, DotkubePidFile.Read(path));
        }
        finally
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }
}
