namespace SopIngest.Correction.Scoring;

/// <summary>Probability that a candidate is the right correction of its token; implementations are thread-safe.</summary>
internal interface ICandidateScorer
{
    float Score(float[] features);
}
