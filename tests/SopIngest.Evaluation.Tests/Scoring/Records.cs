using SopIngest.Core.Records;

namespace SopIngest.Evaluation.Tests.Scoring;

/// <summary>Hand-made records for scorer tests: small enough to work the expected scores out by hand.</summary>
internal static class Records
{
    public static SopRecord Sop(string title, string number = "001/SOP/2024", IReadOnlyList<Step>? steps = null, int page = 1) =>
        new(new PageRange(page, page), new Agency("", "", []), number, title,
            new SopDates(new DateOnly(2024, 1, 2), null, new DateOnly(2024, 2, 1)),
            new Approval("", "", "197303141998032009"), [], [], [], [], [], [], ["Kepala", "Staf"], steps ?? []);

    public static Step Step(int no, string actor, StepShape shape, double minutes, params Edge[] next) =>
        new(no, "", [actor], shape, "", new Duration("", minutes, minutes), "", "", next);

    public static IReadOnlyList<Step> ThreeSteps() =>
    [
        Step(1, "Staf", StepShape.Start, 15, new Edge(2)),
        Step(2, "Kepala", StepShape.Decision, 60, new Edge(3, "Ya"), new Edge(1, "Tidak")),
        Step(3, "Staf", StepShape.End, 1440),
    ];

    public static ExtractResult File(IReadOnlyList<SopRecord> records, IReadOnlyList<OtherPage>? other = null, string? error = null) =>
        new("x.pdf", new string('0', 64), 3, records, other ?? [], error);
}
