using Rugao.Graph.Standards;

namespace Rugao.Graph.Server.Schema.Standards;

/// <summary>A published version with the day it stops being in force, which depends on its siblings.</summary>
public sealed record VersionView(StandardVersion Version, Standard Standard, DateOnly? EffectiveTo, DateOnly AsOf);
