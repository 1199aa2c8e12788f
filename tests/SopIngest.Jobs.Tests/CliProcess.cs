using System.Diagnostics;
using System.Text;
using SopIngest.Storage.Tests;

namespace SopIngest.Jobs.Tests;

/// <summary>The real <c>sopingest</c> CLI, run as a separate process from the test's build output.</summary>
internal sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();

    private CliProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_stdout) _stdout.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_stderr) _stderr.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Id => _process.Id;
    public string Stdout { get { lock (_stdout) return _stdout.ToString(); } }
    public string Stderr { get { lock (_stderr) return _stderr.ToString(); } }
    public bool HasExited => _process.HasExited;

    public static CliProcess Start(IReadOnlyDictionary<string, string> env, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "sopingest.dll");
        if (!File.Exists(dll))
            throw new FileNotFoundException("the CLI is not in the test output", dll);
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = PostgresFixture.RepoRoot(),
        };
        start.ArgumentList.Add(dll);
        foreach (var a in args)
            start.ArgumentList.Add(a);
        start.Environment["OMP_THREAD_LIMIT"] = "1";
        foreach (var (k, v) in env)
            start.Environment[k] = v;
        return new CliProcess(Process.Start(start)!);
    }

    /// <summary>Runs to the end and returns the exit code; fails the test when it takes too long.</summary>
    public int WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            Kill9();
            throw new TimeoutException($"sopingest did not finish in {timeout}: {Stderr}");
        }
        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>kill -9: no shutdown code runs.</summary>
    public void Kill9()
    {
        if (_process.HasExited)
            return;
        _process.Kill(entireProcessTree: true); // SIGKILL on Unix
        _process.WaitForExit(10_000);
    }

    /// <summary>Polls until <paramref name="done"/> holds, failing with the process's stderr on timeout.</summary>
    public static void Until(Func<bool> done, TimeSpan timeout, string what, params CliProcess[] processes)
    {
        var watch = Stopwatch.StartNew();
        while (!done())
        {
            if (processes.FirstOrDefault(p => p.HasExited) is { } gone)
                throw new InvalidOperationException($"{what}: sopingest exited early:\n{gone.Stderr}");
            if (watch.Elapsed > timeout)
                throw new TimeoutException($"{what} did not happen within {timeout}:\n" + string.Join("\n---\n", processes.Select(p => p.Stderr)));
            Thread.Sleep(50);
        }
    }

    public void Dispose()
    {
        Kill9();
        _process.Dispose();
    }
}
