using System.Text;
using SopIngest.Evaluation.Metrics;

namespace SopIngest.Evaluation.Reporting;

/// <summary>report.md's side-by-side of all-text character accuracy: this run's extraction against plain tesseract.</summary>
internal static class AllTextSection
{
    public static void Append(StringBuilder sb, IReadOnlyList<(string Name, ScoreCard Score)> columns)
    {
        sb.AppendLine().AppendLine("## All text: this run against plain `tesseract -l ind`").AppendLine();
        sb.AppendLine("Character accuracy of all truth text (every record field, step and page no SOP took): each truth word is matched to ");
        sb.AppendLine("the closest unused word a reader gave, so reading order and layout do not count. `tesseract` is plain ");
        sb.AppendLine("`tesseract IMG stdout -l ind` on the same page images (`pdfimages -j`; pages without one image rendered at 300 dpi).").AppendLine();
        sb.AppendLine("| class | files | this run | tesseract -l ind | difference |");
        sb.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var (name, score) in columns)
        {
            var difference = score.AllText.Value - score.BaselineAllText.Value;
            sb.AppendLine($"| {name} | {score.Files} | {MarkdownReport.Format(score.AllText.Value)} | {MarkdownReport.Format(score.BaselineAllText.Value)} | {Signed(difference)} |");
        }
    }

    private static string Signed(double? value) => value is { } v ? (v >= 0 ? "+" : "") + MarkdownReport.Format(v) : "–";
}
