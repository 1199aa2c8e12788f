namespace SopIngest.Evaluation.Metrics;

/// <summary>Levenshtein distance over characters, and the character accuracy (1 − CER) built on it.</summary>
public static class EditDistance
{
    public static int Levenshtein(string a, string b)
    {
        if (a.Length == 0) return b.Length;
        if (b.Length == 0) return a.Length;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    /// <summary>1 − CER of one field, floored at 0: 1 for identical text, 0 for nothing in common.</summary>
    public static double CharAccuracy(string truth, string output)
    {
        if (truth.Length == 0) return output.Length == 0 ? 1 : 0;
        return Math.Max(0, 1 - (double)Levenshtein(truth, output) / truth.Length);
    }
}
