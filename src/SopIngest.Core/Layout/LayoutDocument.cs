namespace SopIngest.Core.Layout;

/// <summary>What every reader produces and the record builder consumes.</summary>
public sealed record LayoutDocument(string File, IReadOnlyList<LayoutPage> Pages);
