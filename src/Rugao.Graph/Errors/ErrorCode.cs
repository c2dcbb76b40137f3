using System.Globalization;
using Rugao.Graph.Editing;

namespace Rugao.Graph.Errors;

/// <summary>
/// A stable error code with one message template, Chinese first then English; <c>{0}</c>, <c>{1:yyyy-MM-dd}</c> mark the
/// arguments. A code with more than one wording has one <see cref="ErrorCode"/> per wording, the others made with
/// <see cref="Variant"/>, so the code itself is spelled once.
/// </summary>
public sealed class ErrorCode
{
    private ErrorCode(string code, string template, bool isVariant)
    {
        Code = code;
        Template = template;
        IsVariant = isVariant;
    }

    public string Code { get; }

    public string Template { get; }

    /// <summary>True for a second wording of a code declared elsewhere in the catalogue.</summary>
    public bool IsVariant { get; }

    public static ErrorCode Define(string code, string template) => new(code, template, false);

    public ErrorCode Variant(string template) => new(Code, template, true);

    /// <summary>The message with its arguments filled in (dates and numbers written the invariant way).</summary>
    public ErrorText With(params object?[] arguments) =>
        new(Code, string.Format(CultureInfo.InvariantCulture, Template, arguments));

    /// <summary>The message of a template without arguments.</summary>
    public string Message => With().Message;

    /// <summary>A user error at <paramref name="path"/>, for a template without arguments.</summary>
    public UserError At(params string[] path) => With().At(path);

    public override string ToString() => Code;
}
