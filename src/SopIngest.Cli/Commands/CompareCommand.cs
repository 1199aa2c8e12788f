using SopIngest.Core.Json;
using SopIngest.Search;
using SopIngest.Search.Analysis;
using SopIngest.Search.Comparison;

namespace SopIngest.Cli.Commands;

/// <summary><c>compare "QUERY" [--json] [--store DIR]</c>: one procedure's versions across agencies, steps aligned.</summary>
internal static class CompareCommand
{
    public static int Run(CliArgs args)
    {
        if (args.Positional.Count == 0) return Usage.Fail("compare needs a QUERY");
        var query = string.Join(' ', args.Positional);
        ProcedureComparison result;
        try
        {
            using var index = SearchBackends.Open(SearchBackendOptions.FromEnvironment(args.Value("--store") ?? "data"), readOnly: true);
            result = new ProcedureComparer(index, IndonesianAnalysis.Default, new ProcedureComparerOptions()).Compare(query);
        }
        catch (DirectoryNotFoundException e)
        {
            Console.Error.WriteLine($"sopingest: {e.Message}");
            return 1;
        }

        if (args.Has("--json"))
        {
            Console.WriteLine(SopJson.Serialize(new
            {
                procedures = result.Procedures.Select(p => new { p.Id, p.Title, p.Agency, p.Steps, p.Actors, p.MinMinutes, p.MaxMinutes }),
                alignment = result.Alignment,
            }));
            return 0;
        }
        if (result.Procedures.Count == 0)
        {
            Console.WriteLine($"no procedure matches \"{query}\"");
            return 0;
        }
        Console.WriteLine($"{result.Procedures.Count} versions of \"{query}\"");
        for (var i = 0; i < result.Procedures.Count; i++)
        {
            var p = result.Procedures[i];
            Console.WriteLine();
            Console.WriteLine($"[{(char)('A' + i)}] {p.Title}");
            Console.WriteLine($"    {p.Agency}");
            Console.WriteLine($"    {p.Steps} steps · {Minutes(p.MinMinutes)} – {Minutes(p.MaxMinutes)} in total");
            Console.WriteLine($"    actors: {string.Join(", ", p.Actors.Zip(p.Actors.Select(ActorRoles.Role), (a, r) => a == r ? a : $"{a} ({r})"))}");
            var only = result.StepsOnlyIn(i);
            Console.WriteLine($"    steps only this version has: {(only.Count == 0 ? "none" : string.Join(", ", only))}");
        }
        Console.WriteLine();
        Console.WriteLine("alignment (step numbers; - where a version has no counterpart)");
        Console.WriteLine(string.Join("\t", result.Procedures.Select((_, i) => $"[{(char)('A' + i)}]")));
        foreach (var row in result.Alignment)
            Console.WriteLine(string.Join("\t", row.Select(v => v?.ToString() ?? "-")));
        return 0;
    }

    private static string Minutes(double? minutes) => minutes switch
    {
        null => "?",
        >= 1440 => $"{minutes / 1440:0.#} days",
        >= 60 => $"{minutes / 60:0.#} h",
        _ => $"{minutes:0} min",
    };
}
