using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace Rugao.Graph.Search.Lucene;

/// <summary>
/// Turns a <see cref="SearchDocument"/> into the fields <see cref="LuceneFields"/> names, reusing one Lucene document
/// and its fields from one document to the next, as Lucene advises for bulk indexing: a new field builds its token
/// stream and attributes anew for every document, and a rebuild then allocated three times as much and collected
/// thirty times as often. Not thread-safe: one builder per writing thread, and a document is only valid until the
/// next <see cref="Build"/>.
/// </summary>
internal sealed class LuceneDocumentBuilder : IDisposable
{
    /// <summary>A standard ID is one exact term (see <see cref="LuceneTerms.StandardId"/>), not a trie of range terms.</summary>
    private static readonly FieldType ExactInt32 = Frozen(new FieldType(Int32Field.TYPE_NOT_STORED) { NumericPrecisionStep = int.MaxValue });

    private readonly TokenCache? repeated;
    private readonly Document document = [];
    private readonly Field id = new SortedDocValuesField(LuceneFields.Id, new BytesRef());
    private readonly Field kind = new StringField(LuceneFields.Kind, string.Empty, Field.Store.NO);
    private readonly Field standardId = new Int32Field(LuceneFields.StandardId, 0, ExactInt32);
    private readonly Field standardIdValue = new NumericDocValuesField(LuceneFields.StandardId, 0);
    private readonly Field visibleFrom = new NumericDocValuesField(LuceneFields.VisibleFrom, 0);
    private readonly Field visibleTo = new NumericDocValuesField(LuceneFields.VisibleTo, 0);
    private readonly Field code = new StringField(LuceneFields.Code, string.Empty, Field.Store.NO);
    private readonly Field codeValue = new SortedDocValuesField(LuceneFields.Code, new BytesRef());
    private readonly Field codeNumber = new StringField(LuceneFields.CodeNumber, string.Empty, Field.Store.NO);
    private readonly Field titleKey = new StringField(LuceneFields.TitleKey, string.Empty, Field.Store.NO);
    private readonly Field clauseNumber = new StringField(LuceneFields.ClauseNumber, string.Empty, Field.Store.NO);
    private readonly Field storedStandard = new StoredField(LuceneFields.Stored, new BytesRef());
    private readonly Field storedClause = new StoredField(LuceneFields.StoredClause, new BytesRef());
    private readonly Dictionary<string, TextFields> texts = new(StringComparer.Ordinal);
    private readonly ArrayBufferWriter<byte> json = new(4096);
    private readonly Utf8JsonWriter jsonWriter;

    /// <param name="repeated">
    /// When given, the title, heading and ancestor headings — strings shared by many clauses — are analysed through
    /// it once; clause text, nearly always distinct, is analysed by the writer.
    /// </param>
    public LuceneDocumentBuilder(TokenCache? repeated = null)
    {
        this.repeated = repeated;
        // The copy is only ever read back by this engine, never put into a page: CJK text is kept as UTF-8, not as
        // \u escapes twice its size.
        jsonWriter = new Utf8JsonWriter(json, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true });
    }

    /// <summary>A new document that stays valid: for changes, which convert every document before writing any.</summary>
    public static Document Fresh(SearchDocument source, TokenCache? repeated = null)
    {
        using var builder = new LuceneDocumentBuilder(repeated);
        return builder.Build(source);
    }

    public void Dispose() => jsonWriter.Dispose();

    public Document Build(SearchDocument source)
    {
        ArgumentNullException.ThrowIfNull(source);
        document.Fields.Clear();
        foreach (var fields in texts.Values)
        {
            fields.Reset();
        }

        var isStandard = source.Kind == SearchKind.Standard;
        Add(id, Utf8(id, source.Id));
        kind.SetStringValue(LuceneTerms.Kind(source.Kind));
        Add(kind);
        standardId.SetInt32Value(source.StandardId);
        standardIdValue.SetInt64Value(source.StandardId);
        visibleFrom.SetInt64Value(IndexDays.Of(source.VisibleFrom));
        visibleTo.SetInt64Value(IndexDays.Of(source.VisibleTo));
        Add(standardId);
        Add(standardIdValue);
        Add(visibleFrom);
        Add(visibleTo);
        var codeTerm = LuceneTerms.Code(source.CompactCode);
        code.SetStringValue(codeTerm);
        codeNumber.SetStringValue(source.CodeNumber);
        Add(code);
        Add(codeNumber);
        if (isStandard)
        {
            // Suggestions complete standards only: their titles and sort by code.
            Add(codeValue, Utf8(codeValue, codeTerm));
            titleKey.SetStringValue(QueryText.Normalize(source.Title));
            Add(titleKey);
            Add(storedStandard, Serialized(storedStandard, w => StoredSearchDocument.Write(w, source)));
        }
        else
        {
            Add(storedClause, Serialized(storedClause, w => StoredClause.Write(w, StoredClause.Of(source))));
        }

        if (source.ClauseNumber is { } number)
        {
            clauseNumber.SetStringValue(LuceneTerms.ClauseNumber(number));
            Add(clauseNumber);
        }

        // A clause sits under its standard's title as under its ancestors' headings: scored as one of them, the
        // title lifts the clauses of a matching standard without putting each above the standard itself.
        AddText(isStandard ? LuceneFields.Title : LuceneFields.Ancestors, source.Title, repeated);
        AddText(LuceneFields.Heading, source.ClauseHeading, repeated);
        AddText(LuceneFields.Text, source.ClauseText, null);
        foreach (var heading in source.AncestorHeadings)
        {
            AddText(LuceneFields.Ancestors, heading, repeated);
        }

        return document;
    }

    private void Add(Field field) => document.Add(field);

    private void Add(Field field, BytesRef value)
    {
        field.SetBytesValue(value);
        document.Add(field);
    }

    private void AddText(string field, string? value, TokenCache? cache)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        AddTextField(LuceneFields.Words(field), value, cache);
        AddTextField(LuceneFields.Bigrams(field), value, cache);
    }

    private void AddTextField(string name, string value, TokenCache? cache)
    {
        if (!texts.TryGetValue(name, out var fields))
        {
            texts[name] = fields = new TextFields(name);
        }

        document.Add(cache is null ? fields.Analysed(value) : fields.Replayed(cache.Of(name, value)));
    }

    /// <summary>The field's own bytes, refilled with the UTF-8 of <paramref name="text"/>: Lucene copies them when the document is added.</summary>
    private static BytesRef Utf8(Field field, string text)
    {
        var bytes = field.GetBinaryValue();
        var needed = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (bytes.Bytes.Length < needed)
        {
            bytes.Bytes = new byte[Math.Max(needed, 64)];
        }

        bytes.Offset = 0;
        bytes.Length = Encoding.UTF8.GetBytes(text, 0, text.Length, bytes.Bytes, 0);
        return bytes;
    }

    private BytesRef Serialized(Field field, Action<Utf8JsonWriter> write)
    {
        json.ResetWrittenCount();
        jsonWriter.Reset(json);
        write(jsonWriter);
        jsonWriter.Flush();
        var bytes = field.GetBinaryValue();
        var written = MemoryMarshal.TryGetArray(json.WrittenMemory, out var segment)
            ? segment
            : throw new InvalidOperationException("The JSON buffer is not an array.");
        bytes.Bytes = written.Array!;
        bytes.Offset = written.Offset;
        bytes.Length = written.Count;
        return bytes;
    }

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    /// <summary>The fields of one text field name, reused in order: a document may hold several (ancestor headings).</summary>
    private sealed class TextFields(string name)
    {
        private readonly List<Field> analysed = [];
        private readonly List<(Field Field, TokenCache.Replay Replay)> replayed = [];
        private int analysedUsed;
        private int replayedUsed;

        public void Reset() => analysedUsed = replayedUsed = 0;

        public Field Analysed(string value)
        {
            if (analysedUsed == analysed.Count)
            {
                analysed.Add(ScoredTextField.Of(name, value));
            }

            var field = analysed[analysedUsed++];
            field.SetStringValue(value);
            return field;
        }

        public Field Replayed(TokenCache.Tokens tokens)
        {
            if (replayedUsed == replayed.Count)
            {
                var replay = new TokenCache.Replay();
                replayed.Add((ScoredTextField.Of(name, replay), replay));
            }

            var (field, stream) = replayed[replayedUsed++];
            stream.Play(tokens);
            return field;
        }
    }
}
