namespace SopIngest.Evaluation.Metrics;

/// <summary>Hits out of a total; sums across files and classes, so scores aggregate exactly.</summary>
public readonly record struct Ratio(double Hits, double Total)
{
    public double? Value => Total == 0 ? null : Hits / Total;

    public static Ratio operator +(Ratio a, Ratio b) => new(a.Hits + b.Hits, a.Total + b.Total);

    public static Ratio Of(bool hit) => new(hit ? 1 : 0, 1);
}
