using SopIngest.Core.Layout;
using SopIngest.Extraction.Records;

namespace SopIngest.Extraction.Tests.Records;

public sealed class ProcedureTableReaderTests
{
    private static Table Procedure(string secondLane, params (string No, string Activity, int Lane)[] steps)
    {
        string[] header = ["No", "Kegiatan", "Kasubag", secondLane, "Kelengkapan", "Waktu", "Output"];
        var rows = new List<string[]> { header };
        rows.AddRange(steps.Select(s => new[] { s.No, s.Activity, s.Lane == 0 ? "□" : "", s.Lane == 1 ? "□" : "", "Berkas", "1 jam", "Surat" }));
        return new Table(rows.SelectMany((r, i) => r.Select((text, c) => new TableCell(i, c, text.Length == 0 ? [] : [text]))).ToList());
    }

    [Fact]
    public void Build_KeepsTheFirstHeadersLaneNames_WhenTheContinuedHeaderReadsThemDifferently()
    {
        var document = new LayoutDocument("sop.pdf",
        [
            new LayoutPage(1, [Procedure("Kepala Dinas", ("1", "Menerima surat", 0), ("2", "Memeriksa surat", 1))]),
            new LayoutPage(2, [Procedure("Skepala Dinas", ("3", "Menandatangani surat", 1), ("4", "Mengirim surat", 0))]),
        ]);

        var record = Assert.Single(new RecordBuilder().Build(document).Records);

        Assert.Equal(["Kasubag", "Kepala Dinas"], record.Actors);
        Assert.Equal([["Kasubag"], ["Kepala Dinas"], ["Kepala Dinas"], ["Kasubag"]], record.Steps.Select(s => s.Actors.ToArray()));
    }
}
