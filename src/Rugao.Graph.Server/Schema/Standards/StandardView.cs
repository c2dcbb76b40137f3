using Rugao.Graph.Standards;

namespace Rugao.Graph.Server.Schema.Standards;

/// <summary>A standard as seen on a day; <see cref="PinnedYear"/> is set when it was asked for by a dated code.</summary>
public sealed record StandardView(Standard Standard, DateOnly AsOf, int? PinnedYear = null);
