namespace SopIngest.Correction.Candidates;

/// <summary>Optimal-string-alignment (Damerau-Levenshtein with adjacent transpositions) distance, bounded.</summary>
internal static class EditDistance
{
    /// <summary>The distance, or <paramref name="max"/> + 1 when it is larger than <paramref name="max"/>.</summary>
    public static int Compute(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max) return max + 1;
        if (a.Length == 0) return b.Length;
        if (b.Length == 0) return a.Length;
        var n = b.Length;
        Span<int> prevPrev = n + 1 <= 128 ? stackalloc int[n + 1] : new int[n + 1];
        Span<int> prev = n + 1 <= 128 ? stackalloc int[n + 1] : new int[n + 1];
        Span<int> cur = n + 1 <= 128 ? stackalloc int[n + 1] : new int[n + 1];
        for (var j = 0; j <= n; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            var rowMin = cur[0];
            for (var j = 1; j <= n; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var v = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = Math.Min(v, prevPrev[j - 2] + 1);
                cur[j] = v;
                rowMin = Math.Min(rowMin, v);
            }
            if (rowMin > max) return max + 1;
            var t = prevPrev; prevPrev = prev; prev = cur; cur = t;
        }
        return prev[n] <= max ? prev[n] : max + 1;
    }

    /// <summary>
    /// The character edits that turn <paramref name="correct"/> into <paramref name="observed"/> (Levenshtein backtrace),
    /// with neighbouring edits joined so that <c>m→rn</c> or <c>la→t</c> come out as one edit.
    /// </summary>
    public static List<(string Correct, string Observed)> Align(string correct, string observed)
    {
        var n = correct.Length;
        var m = observed.Length;
        var d = new int[n + 1, m + 1];
        for (var i = 0; i <= n; i++) d[i, 0] = i;
        for (var j = 0; j <= m; j++) d[0, j] = j;
        for (var i = 1; i <= n; i++)
        for (var j = 1; j <= m; j++)
            d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (correct[i - 1] == observed[j - 1] ? 0 : 1));
        // Backtrace into ops: 'M' match, 'S' substitute, 'D' delete (correct char lost), 'I' insert (observed char added).
        var ops = new List<(char Op, int I, int J)>();
        int x = n, y = m;
        while (x > 0 || y > 0)
        {
            if (x > 0 && y > 0 && d[x, y] == d[x - 1, y - 1] + (correct[x - 1] == observed[y - 1] ? 0 : 1))
            {
                ops.Add((correct[x - 1] == observed[y - 1] ? 'M' : 'S', x - 1, y - 1));
                x--; y--;
            }
            else if (x > 0 && d[x, y] == d[x - 1, y] + 1) { ops.Add(('D', x - 1, y)); x--; }
            else { ops.Add(('I', x, y - 1)); y--; }
        }
        ops.Reverse();
        var edits = new List<(string, string)>();
        var k = 0;
        while (k < ops.Count)
        {
            if (ops[k].Op == 'M') { k++; continue; }
            var start = k;
            while (k < ops.Count && ops[k].Op != 'M' && k - start < 3) k++;
            var c = new System.Text.StringBuilder();
            var o = new System.Text.StringBuilder();
            for (var q = start; q < k; q++)
            {
                if (ops[q].Op is 'S' or 'D') c.Append(correct[ops[q].I]);
                if (ops[q].Op is 'S' or 'I') o.Append(observed[ops[q].J]);
            }
            edits.Add((c.ToString(), o.ToString()));
        }
        return edits;
    }
}
