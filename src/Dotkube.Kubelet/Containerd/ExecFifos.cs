using System.Runtime.InteropServices;
using Dotkube.Kubelet.Linux;

namespace Dotkube.Kubelet.Containerd;

/// <summary>
/// The named pipes an exec process's stdio go through, in a directory of their own: containerd's
/// shim opens the other ends by path, as with ctr and CRI. Opening a fifo blocks until the other
/// side opens it, so our ends open on the thread pool while the shim starts the process; an end the
/// shim never opened (the exec failed) is released by opening it read-write ourselves.
/// </summary>
internal sealed class ExecFifos : IAsyncDisposable
{
    private readonly string _dir;
    private readonly List<(string Path, Task<FileStream> Open)> _opens = [];

    private ExecFifos(string dir, bool stdin, bool stderr)
    {
        _dir = dir;
        StdinPath = stdin ? Make("stdin") : "";
        StdoutPath = Make("stdout");
        StderrPath = stderr ? Make("stderr") : "";
        Stdin = stdin ? Open(StdinPath, FileAccess.Write) : null;
        Stdout = Open(StdoutPath, FileAccess.Read);
        Stderr = stderr ? Open(StderrPath, FileAccess.Read) : null;
    }

    public string StdinPath { get; }

    public string StdoutPath { get; }

    public string StderrPath { get; }

    /// <summary>Our write end of stdin, once the shim has opened its read end.</summary>
    public Task<FileStream>? Stdin { get; }

    public Task<FileStream> Stdout { get; }

    public Task<FileStream>? Stderr { get; }

    /// <summary>Creates the fifos under <paramref name="root"/>/<paramref name="execId"/> and starts opening our ends.</summary>
    public static ExecFifos Create(string root, string execId, bool stdin, bool stderr)
    {
        var dir = Path.Combine(root, execId);
        Directory.CreateDirectory(dir);
        try
        {
            return new ExecFifos(dir, stdin, stderr);
        }
        catch
        {
            Directory.Delete(dir, recursive: true);
            throw;
        }
    }

    /// <summary>Closes our ends (stdin's first gives the process end-of-file) and removes the fifos.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var (path, open) in _opens)
        {
            if (!open.IsCompleted)
            {
                // Meets the pending open so it completes; both ends close below.
                await using var release = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite, 1);
                await open.ContinueWith(_ => { }, TaskScheduler.Default);
            }

            if (open.IsCompletedSuccessfully)
                await open.Result.DisposeAsync();
        }

        Directory.Delete(_dir, recursive: true);
    }

    private string Make(string name)
    {
        var path = Path.Combine(_dir, name);
        if (LibC.MakeFifo(path, Convert.ToUInt32("700", 8)) != 0)
            throw new IOException($"mkfifo {path}: {new System.ComponentModel.Win32Exception(Marshal.GetLastPInvokeError()).Message}");
        return path;
    }

    private Task<FileStream> Open(string path, FileAccess access)
    {
        // bufferSize 1: no FileStream buffering, every read and write goes straight to the pipe.
        var open = Task.Run(() => new FileStream(path, FileMode.Open, access, FileShare.ReadWrite, 1));
        _opens.Add((path, open));
        return open;
    }
}
