using SopIngest.Core.Layout;

namespace SopIngest.Extraction.Reading.Pdf;

/// <summary>
/// What the layout code needs from one PDF page, already in top-left coordinates.
/// Kept free of PdfPig types so the table and line logic does not depend on the parser.
/// <paramref name="Shapes"/> are the closed flowchart symbols drawn anywhere on the page.
/// </summary>
internal sealed record PdfPageContent(
    int Number, double Width, double Height, IReadOnlyList<PageWord> Words, IReadOnlyList<Ruling> Rulings,
    IReadOnlyList<CellShape>? Shapes = null);

/// <summary>A word with the facts line building needs: where its baseline is and how big and bold it is.</summary>
internal sealed record PageWord(string Text, Box Box, double Baseline, double FontSize, bool Bold)
{
    public Word ToLayout() => new(Text, Box);
}

/// <summary>
/// A straight horizontal or vertical rule. <see cref="Position"/> is y for horizontal rules and x for vertical ones;
/// <see cref="Start"/>..<see cref="End"/> is the extent along the other axis (Start &lt; End).
/// </summary>
internal sealed record Ruling(bool Horizontal, double Position, double Start, double End)
{
    public double Length => End - Start;

    public Box Box => Horizontal ? new Box(Start, Position, End, Position) : new Box(Position, Start, Position, End);

    /// <summary>True when the point lies on this rule, allowing <paramref name="tolerance"/> in every direction.</summary>
    public bool Touches(double x, double y, double tolerance)
    {
        var (along, across) = Horizontal ? (x, y) : (y, x);
        return Math.Abs(across - Position) <= tolerance && along >= Start - tolerance && along <= End + tolerance;
    }

    /// <summary>How much of the interval [from, to] along this rule's axis it covers.</summary>
    public double Overlap(double from, double to) => Math.Max(0, Math.Min(End, to) - Math.Max(Start, from));
}
