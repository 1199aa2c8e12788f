using SopIngest.Core.Layout;
using SopIngest.Extraction.Records;

namespace SopIngest.Extraction.Tests.Records;

public sealed class ProcedureLayoutTests
{
    private static IReadOnlyList<TableCell> Row(params string[] cells) =>
        cells.Select((c, i) => new TableCell(0, i, c.Length == 0 ? [] : [c])).ToList();

    [Theory]
    [InlineData("1|2|3|4|5|6|7|8|9|10")]
    [InlineData(":|2|3|4|5|i|7|8|9|10")] // OCR of a scan: "1" read as ":", "6" as "i"
    [InlineData("1|2|3 4 5|6|7")] // merged cells
    [InlineData("1|2|3|4|5|6|7|8|7|8|9|10")] // misnumbered in the source
    public void IsColumnNumberRow_AcceptsNumberRows_AsPrintedAndAsRead(string cells) =>
        Assert.True(ProcedureLayout.IsColumnNumberRow(Row(cells.Split('|'))));

    [Theory]
    [InlineData("1|Menerima surat|||Agenda|10 menit|Disposisi")]
    [InlineData("1|2|3")]
    [InlineData("5|4|3|2|1")]
    public void IsColumnNumberRow_RejectsStepRowsAndStrayNumbers(string cells) =>
        Assert.False(ProcedureLayout.IsColumnNumberRow(Row(cells.Split('|'))));
}
