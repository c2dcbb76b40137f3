namespace Rugao.Graph.Indicators;

/// <summary>Whether a measurement attains the target by reaching at least or at most its value.</summary>
public enum IndicatorDirection
{
    AtLeast,
    AtMost,
}
