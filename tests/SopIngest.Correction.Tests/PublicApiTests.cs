using System.Reflection;

namespace SopIngest.Correction.Tests;

/// <summary>The public surface other projects (CLI, pipeline, store) build on; a change here is a deliberate one.</summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicSurface_IsTheDocumentedOne()
    {
        var types = typeof(TextCorrector).Assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal);
        var lines = new List<string>();
        foreach (var t in types)
        {
            lines.Add(t.FullName!);
            var members = t.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => m is MethodInfo { IsSpecialName: false } or ConstructorInfo or PropertyInfo or FieldInfo)
                .Where(m => m is not MethodInfo mi || (mi.Name is not ("Equals" or "GetHashCode" or "ToString" or "Deconstruct" or "<Clone>$" or "PrintMembers")))
                .Select(m => "  " + Describe(m)).Distinct().OrderBy(s => s, StringComparer.Ordinal);
            lines.AddRange(members);
        }
        Assert.Equal(Expected.ReplaceLineEndings("\n").Trim(), string.Join("\n", lines));
    }

    private static string Describe(MemberInfo m) => m switch
    {
        ConstructorInfo c => $".ctor({string.Join(", ", c.GetParameters().Select(p => p.ParameterType.Name))})",
        MethodInfo mi => $"{(mi.IsStatic ? "static " : "")}{mi.ReturnType.Name} {mi.Name}({string.Join(", ", mi.GetParameters().Select(p => p.ParameterType.Name))})",
        PropertyInfo p => $"{p.PropertyType.Name} {p.Name}",
        FieldInfo f => $"{(f.IsStatic ? "static " : "")}{f.FieldType.Name} {f.Name}",
        _ => m.Name,
    };

    private const string Expected = """
        SopIngest.Correction.BenchmarkResult
          .ctor(Int32, Int64, Double, Double)
          Double Seconds
          Double TokensPerSecond
          Int32 Lines
          Int64 Tokens
        SopIngest.Correction.CorrectedText
          .ctor(String, IReadOnlyList`1)
          IReadOnlyList`1 Changes
          String Text
        SopIngest.Correction.CorrectorBenchmark
          static BenchmarkResult Run(ITextCorrector, IReadOnlyList`1, Int32)
        SopIngest.Correction.ITextCorrector
          CorrectedText Correct(String, Double)
          SopRecord CorrectRecord(SopRecord)
          String CorrectLine(String)
        SopIngest.Correction.TextChange
          .ctor(Int32, Int32, String, String, Double)
          Double Confidence
          Int32 Length
          Int32 Start
          String From
          String To
        SopIngest.Correction.TextCorrector
          CorrectedText Correct(String, Double)
          SopRecord CorrectRecord(SopRecord)
          String CorrectLine(String)
          TextCorrectorOptions Options
          Void Dispose()
          static String DefaultModelDirectory
          static TextCorrector Load(String, TextCorrectorOptions)
        SopIngest.Correction.TextCorrectorOptions
          .ctor()
          Boolean KeepCorpusForms
          Boolean RemoveStrayMarks
          Double StrayMarkConfidence
          Double Threshold
          Int32 MaxEdits
          Int32 MaxRealWordEdits
        SopIngest.Correction.Training.CorrectorMetrics
          .ctor(LabelScores, IReadOnlyDictionary`2, LabelScores, Int32, Int32, Int32, Int32, Int32, Double, Double, Nullable`1, Int32, Int32, IReadOnlyList`1, IReadOnlyList`1)
          Double Threshold
          Double TrainingSeconds
          IReadOnlyDictionary`2 HeldOutByKind
          IReadOnlyList`1 HeldOutFalseChanges
          IReadOnlyList`1 HeldOutMisses
          Int32 CorpusWordTokens
          Int32 LexiconWords
          Int32 ReviewEdits
          Int32 SyntheticErrors
          Int32 TrainCorrectTokens
          Int32 TrainErrors
          Int32 TrainingRows
          LabelScores HeldOut
          LabelScores Train
          Nullable`1 CorpusTokensChangedRate
        SopIngest.Correction.Training.CorrectorTrainer
          static CorrectorMetrics Train(CorrectorTrainerOptions)
          static String MetricsFileName
        SopIngest.Correction.Training.CorrectorTrainerOptions
          .ctor()
          Action`1 Log
          Boolean MeasureCorpusChangeRate
          Double LabelFraction
          Double MaxFalseChangeRate
          Double TargetPrecision
          FastTreeSettings FastTree
          IReviewEditSource ReviewEdits
          Int32 CrossValidationFolds
          Int32 FrequentWordCount
          Int32 Seed
          Int32 SyntheticErrors
          Nullable`1 Threshold
          Single RealExampleWeight
          String CorpusDirectory
          String FallbackLexiconDirectory
          String HunspellAffixes
          String HunspellDictionary
          String LabelsDirectory
          String OutputDirectory
        SopIngest.Correction.Training.FastTreeSettings
          .ctor()
          Double LearningRate
          Int32 Leaves
          Int32 MinExamplesPerLeaf
          Int32 Seed
          Int32 Trees
        SopIngest.Correction.Training.IReviewEditSource
          IEnumerable`1 ReadEdits()
        SopIngest.Correction.Training.LabelScores
          .ctor(Int32, Int32, Int32, Int32, Int32, Int32, Double, Double, Double)
          Double FalseChangeRate
          Double Precision
          Double Recall
          Int32 CorrectTokens
          Int32 Errors
          Int32 FalseChanges
          Int32 MissedErrors
          Int32 TruePositives
          Int32 WrongCorrections
        SopIngest.Correction.Training.ReviewEdit
          .ctor(String, String, String)
          String Context
          String From
          String To
        SopIngest.Correction.Training.ReviewEditList
          .ctor(IEnumerable`1)
          IEnumerable`1 ReadEdits()
        """;
}
