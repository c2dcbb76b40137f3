namespace Rugao.Graph.Search.Lucene;

/// <summary>
/// The tokens one sentence analysed on its own produced: offsets relative to the sentence, and the position
/// increment the stream ended with (positions of stop words dropped at its end, carried into what follows).
/// </summary>
internal sealed record SentenceTokens(string[] Terms, int[] Increments, int[] Starts, int[] Ends, int FinalIncrement);
