using Rugao.Graph.Editing;

namespace Rugao.Graph.Errors;

/// <summary>A catalogue code with its message filled in, ready to be placed on an input path or raised.</summary>
public sealed record ErrorText(string Code, string Message)
{
    public UserError At(params string[] path) => new(Code, Message, path);
}
