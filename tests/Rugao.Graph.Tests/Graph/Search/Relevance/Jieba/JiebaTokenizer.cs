using JiebaNet.Segmenter;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using JiebaToken = JiebaNet.Segmenter.Token;

namespace Rugao.Graph.Tests.Graph.Search.Relevance.Jieba;

/// <summary>jieba.NET's words as Lucene tokens, lower case; whitespace and punctuation are dropped.</summary>
internal sealed class JiebaTokenizer : Tokenizer
{
    private readonly JiebaSegmenter segmenter;
    private readonly TokenizerMode mode;
    private readonly ICharTermAttribute term;
    private readonly IOffsetAttribute offset;
    private List<JiebaToken> tokens = [];
    private int next;
    private int length;

    public JiebaTokenizer(TextReader input, JiebaSegmenter segmenter, TokenizerMode mode)
        : base(input)
    {
        this.segmenter = segmenter;
        this.mode = mode;
        term = AddAttribute<ICharTermAttribute>();
        offset = AddAttribute<IOffsetAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        while (next < tokens.Count)
        {
            var token = tokens[next++];
            if (token.Word.Any(char.IsLetterOrDigit))
            {
                term.SetEmpty().Append(token.Word.ToLowerInvariant());
                offset.SetOffset(CorrectOffset(token.StartIndex), CorrectOffset(token.EndIndex));
                return true;
            }
        }

        return false;
    }

    public override void Reset()
    {
        base.Reset();
        var text = m_input.ReadToEnd();
        length = text.Length;
        tokens = [.. segmenter.Tokenize(text, mode)];
        next = 0;
    }

    public override void End()
    {
        base.End();
        var end = CorrectOffset(length);
        offset.SetOffset(end, end);
    }
}
