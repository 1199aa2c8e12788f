namespace SopIngest.Core.Layout;

/// <summary>A recognised word with its box and confidence (1 for text layers and exports).</summary>
public sealed record Word(string Text, Box Box, double Confidence = 1);
