using SopIngest.Evaluation.Running;

namespace SopIngest.Evaluation.Reporting;

/// <summary>Writes report.md, report.json and chart.png into a folder.</summary>
public static class ReportWriter
{
    public static void Write(EvalReport report, string outDir)
    {
        Directory.CreateDirectory(outDir);
        File.WriteAllText(Path.Combine(outDir, "report.md"), MarkdownReport.Write(report));
        File.WriteAllText(Path.Combine(outDir, "report.json"), JsonReport.Write(report) + "\n");
        File.WriteAllBytes(Path.Combine(outDir, "chart.png"), ChartRenderer.Render(report));
    }
}
