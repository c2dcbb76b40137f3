namespace Rugao.Graph.Seeding;

/// <summary>Configuration section <c>Seeding</c>.</summary>
public sealed class SeedOptions
{
    public const string Section = "Seeding";

    /// <summary>Load the seed folder into an empty database at start-up.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The seed folder; by default the copy shipped beside the server.</summary>
    public string Directory { get; set; } = Path.Combine(AppContext.BaseDirectory, "seed");
}
