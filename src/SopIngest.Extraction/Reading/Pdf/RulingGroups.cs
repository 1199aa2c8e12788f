namespace SopIngest.Extraction.Reading.Pdf;

/// <summary>
/// Finds which rules belong together as one table: rules that touch form a group, and within a group only
/// rules that end on other table rules are kept. That second step drops flowchart boxes and the connector
/// arrows SOPs draw across the Pelaksana columns, which touch the table but would otherwise add false columns.
/// </summary>
internal static class RulingGroups
{
    public static IEnumerable<IReadOnlyList<Ruling>> Find(IReadOnlyList<Ruling> rulings, double tolerance) =>
        ConnectedGroups(rulings, tolerance)
            .Select(group => KeepAnchored(group, tolerance))
            .Where(group => group.Count > 0);

    private static IEnumerable<List<Ruling>> ConnectedGroups(IReadOnlyList<Ruling> rulings, double tolerance)
    {
        var parent = Enumerable.Range(0, rulings.Count).ToArray();
        int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);
        for (var i = 0; i < rulings.Count; i++)
            for (var j = i + 1; j < rulings.Count; j++)
                if (Connected(rulings[i], rulings[j], tolerance)) parent[Root(i)] = Root(j);
        return Enumerable.Range(0, rulings.Count).GroupBy(Root).Select(g => g.Select(i => rulings[i]).ToList());
    }

    private static bool Connected(Ruling a, Ruling b, double tolerance)
    {
        if (a.Horizontal != b.Horizontal)
        {
            var (h, v) = a.Horizontal ? (a, b) : (b, a);
            return h.Touches(v.Position, h.Position, tolerance) && v.Touches(v.Position, h.Position, tolerance);
        }
        // Collinear pieces of one border (producers often draw a border cell by cell).
        return Math.Abs(a.Position - b.Position) <= tolerance && a.Start <= b.End + tolerance && b.Start <= a.End + tolerance;
    }

    /// <summary>
    /// Keeps the rules whose two ends rest on the group's outer edge or on an already kept perpendicular rule,
    /// repeating until nothing changes. A table's inner rules end on its borders (or on rules that do);
    /// a flowchart box is a closed loop of its own and its connectors end on the box, so neither is kept.
    /// </summary>
    private static List<Ruling> KeepAnchored(List<Ruling> group, double tolerance)
    {
        var edge = Bounds(group);
        var kept = new List<Ruling>();
        var pending = new List<Ruling>(group);
        bool changed;
        do
        {
            changed = false;
            foreach (var ruling in pending.ToList())
            {
                if (!EndsAnchored(ruling, edge, kept, tolerance)) continue;
                kept.Add(ruling);
                pending.Remove(ruling);
                changed = true;
            }
        } while (changed);
        return kept;
    }

    private static bool EndsAnchored(Ruling r, (double L, double T, double R, double B) edge, List<Ruling> kept, double tol)
    {
        var ends = r.Horizontal
            ? new[] { (r.Start, r.Position), (r.End, r.Position) }
            : new[] { (r.Position, r.Start), (r.Position, r.End) };
        return ends.All(p => OnEdge(p, edge, r.Horizontal, tol)
            || kept.Any(k => k.Horizontal != r.Horizontal && k.Touches(p.Item1, p.Item2, tol)));
    }

    // An end on the group's outer edge counts as anchored: that seeds the borders, and lets open-sided tables
    // (rows ruled across but no outer verticals) keep their rows.
    private static bool OnEdge((double X, double Y) p, (double L, double T, double R, double B) e, bool horizontal, double tol) =>
        horizontal
            ? Math.Abs(p.X - e.L) <= tol || Math.Abs(p.X - e.R) <= tol
            : Math.Abs(p.Y - e.T) <= tol || Math.Abs(p.Y - e.B) <= tol;

    private static (double L, double T, double R, double B) Bounds(List<Ruling> group) =>
        (group.Min(r => r.Box.Left), group.Min(r => r.Box.Top), group.Max(r => r.Box.Right), group.Max(r => r.Box.Bottom));
}
