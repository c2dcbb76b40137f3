namespace Rugao.Graph.Server.Hosting;

/// <summary>Configuration section <c>Cors</c>: which browser origins may call the API.</summary>
public sealed class CrossOriginOptions
{
    public const string Section = "Cors";

    /// <summary>Allowed origins; <c>*</c> (the default) lets any site's frontend read the public API.</summary>
    public string[] AllowedOrigins { get; set; } = ["*"];
}
