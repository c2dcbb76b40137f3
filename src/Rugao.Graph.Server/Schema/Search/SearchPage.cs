using Rugao.Graph.Search;
using Rugao.Graph.Server.Schema.Relay;

namespace Rugao.Graph.Server.Schema.Search;

public sealed record SearchPage(Page<SearchHitView> Page, SearchFacets Facets, DateOnly AsOf);
