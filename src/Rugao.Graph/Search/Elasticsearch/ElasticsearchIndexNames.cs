using System.Globalization;
using System.Text.RegularExpressions;

namespace Rugao.Graph.Search.Elasticsearch;

/// <summary>
/// Everyone reads and writes through the alias <c>&lt;prefix&gt;</c>; a rebuild fills a new concrete index
/// <c>&lt;prefix&gt;-&lt;timestamp&gt;</c>, which the template <c>&lt;prefix&gt;</c> (pattern <c>&lt;prefix&gt;-20*</c>) shapes.
/// </summary>
internal sealed partial class ElasticsearchIndexNames
{
    public ElasticsearchIndexNames(string prefix)
    {
        if (!ValidPrefix().IsMatch(prefix ?? string.Empty))
        {
            throw new ArgumentException(
                $"Search:Elasticsearch:IndexPrefix '{prefix}' is not a valid index name: use lower-case letters, digits, '-' and '_'.",
                nameof(prefix));
        }

        Alias = prefix!;
    }

    public string Alias { get; }

    public string Template => Alias;

    // Only timestamped names: `rugao-*` would also match `rugao-staging-…`, and Elasticsearch refuses two templates
    // of equal priority whose patterns overlap, so a second deployment on the same cluster could not put its own.
    public string Pattern => $"{Alias}-20*";

    public string NewIndex(DateTimeOffset now) =>
        $"{Alias}-{now.UtcDateTime.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture)}";

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,200}$")]
    private static partial Regex ValidPrefix();
}
