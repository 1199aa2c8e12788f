using System.Text;
using SopIngest.Core.Parsing;
using SopIngest.Core.Records;

namespace SopIngest.Synth.Truth;

/// <summary>
/// Turns a record read from a real archive (OCR slips, empty swimlanes, 19-digit NIPs) into one that can be
/// printed unambiguously: every step in one actor lane, terminators first and last, decisions with a
/// <c>Ya</c> edge onward and a <c>Tidak</c> edge back, edges consistent with the drawing. What comes out is
/// the truth of the rendered page, except for <see cref="SopRecord.Pages"/>, which the composer sets.
/// </summary>
internal static class RecordNormalizer
{
    public const int MaxActors = 6;
    public const int MaxSteps = 14;

    private static readonly string[] ActorPool =
    [
        "Kepala Dinas", "Sekretaris", "Kepala Bidang", "Kepala Seksi", "Staf Pelaksana", "Pemohon", "Kasubbag Umum",
    ];

    /// <summary>The printable record, or null when the source has too little to print (no title, under 3 steps).</summary>
    public static SopRecord? Normalize(SopRecord source, Random rng)
    {
        var title = Fold(source.Title);
        if (title.Length < 4 || source.Steps.Count < 3) return null;

        var actors = source.Actors.Select(Fold).Where(a => a.Length > 1).Distinct().Take(MaxActors).ToList();
        while (actors.Count < 2)
        {
            var pick = ActorPool[rng.Next(ActorPool.Length)];
            if (!actors.Contains(pick)) actors.Add(pick);
        }

        var sourceSteps = source.Steps.Take(MaxSteps).ToList();
        var n = sourceSteps.Count;
        var lanes = AssignLanes(sourceSteps, actors, rng);
        var decisions = PickDecisions(sourceSteps, rng);
        var steps = new List<Step>(n);
        for (var i = 0; i < n; i++)
        {
            var s = sourceSteps[i];
            var no = i + 1;
            var shape = i == 0 ? StepShape.Start : i == n - 1 ? StepShape.End : decisions.Contains(i) ? StepShape.Decision : StepShape.Process;
            IReadOnlyList<Edge> next = shape switch
            {
                StepShape.End => [],
                StepShape.Decision => [new Edge(no + 1, "Ya"), new Edge(BackTarget(s, no, rng), "Tidak")],
                _ => [new Edge(no + 1)],
            };
            var activity = Fold(s.Activity);
            if (activity.Length == 0) activity = "Kegiatan " + no;
            var durationText = Fold(s.Duration.Text);
            if (IsColumnNumber(durationText)) durationText = "";
            steps.Add(new Step(
                no,
                activity,
                [actors[lanes[i]]],
                shape,
                Items(s.Requirements),
                durationText.Length == 0 ? Duration.Empty : DurationParser.Parse(durationText),
                Items(s.Output),
                Fold(s.Notes),
                next));
        }

        return new SopRecord(
            new PageRange(1, 1),
            new Agency(Fold(source.Agency.Government), Fold(source.Agency.Office), source.Agency.Units.Select(Fold).Where(u => u.Length > 0).ToList()),
            Fold(source.Number),
            title,
            source.Dates,
            new Approval(Fold(source.Approval.Position), Fold(source.Approval.Name), PlausibleNip(source.Approval.Nip, rng)),
            List(source.LegalBasis),
            List(source.Qualifications),
            List(source.RelatedSops),
            List(source.Equipment),
            List(source.Warnings),
            List(source.RecordKeeping),
            actors,
            steps);
    }

    /// <summary>Runs of white space folded to one space, control characters dropped.</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (char.IsControl(c) || char.IsSurrogate(c)) continue;
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>A cell's items as the contract joins them: "a; b; c".</summary>
    private static string Items(string text) =>
        string.Join("; ", text.Split(';').Select(Fold).Where(t => t.Length > 0 && !IsColumnNumber(t)));

    // The source tables' column-number row sometimes lands in a step's cells ("8", "9", "10").
    private static bool IsColumnNumber(string text) => text.Length <= 2 && text.All(char.IsAsciiDigit);

    private static IReadOnlyList<string> List(IReadOnlyList<string> items) =>
        items.Select(Fold).Where(t => t.Length > 1 && !LooksLikeHeading(t)).Take(8).ToList();

    // "Kualifikasi pelaksana :" misread into the list above it by the source's OCR.
    private static bool LooksLikeHeading(string item) =>
        item.EndsWith(':') && item.Length < 40 &&
        new[] { "dasar hukum", "kualifikasi", "keterkaitan", "peralatan", "perlengkapan", "peringatan", "pencatatan" }
            .Any(k => item.StartsWith(k, StringComparison.OrdinalIgnoreCase));

    private static int[] AssignLanes(IReadOnlyList<Step> steps, List<string> actors, Random rng)
    {
        var lanes = new int[steps.Count];
        var lane = rng.Next(Math.Min(2, actors.Count));
        for (var i = 0; i < steps.Count; i++)
        {
            var printed = steps[i].Actors.Select(Fold).Select(a => actors.IndexOf(a)).FirstOrDefault(ix => ix >= 0, -1);
            if (printed >= 0) lane = printed;
            else if (i > 0)
            {
                // Work passes to a neighbouring lane more often than it stays or jumps.
                var r = rng.NextDouble();
                lane = r < 0.25 ? lane : r < 0.75 ? lane + 1 : r < 0.9 ? lane - 1 : rng.Next(actors.Count);
                lane = Math.Clamp(lane, 0, actors.Count - 1);
            }
            lanes[i] = lane;
        }
        return lanes;
    }

    private static HashSet<int> PickDecisions(IReadOnlyList<Step> steps, Random rng)
    {
        var picked = new HashSet<int>();
        for (var i = 2; i < steps.Count - 1; i++)
            if (steps[i].Shape == StepShape.Decision) picked.Add(i);
        if (picked.Count == 0 && steps.Count >= 5 && rng.NextDouble() < 0.6)
            picked.Add(2 + rng.Next(steps.Count - 3));
        return picked;
    }

    private static int BackTarget(Step source, int no, Random rng)
    {
        var printed = source.Next.FirstOrDefault(e => e.Label == "Tidak")?.To;
        if (printed is { } t && t >= 2 && t < no) return t;
        return Math.Max(2, no - 1 - rng.Next(Math.Min(2, no - 2)));
    }

    private static string PlausibleNip(string nip, Random rng)
    {
        var digits = new string(nip.Where(char.IsAsciiDigit).ToArray());
        if (digits.Length == 18) return digits;
        var birth = new DateOnly(1965 + rng.Next(20), 1 + rng.Next(12), 1 + rng.Next(28));
        return $"{birth:yyyyMMdd}{2000 + rng.Next(13)}{1 + rng.Next(12):00}{1 + rng.Next(2)}{1 + rng.Next(20):000}";
    }
}
