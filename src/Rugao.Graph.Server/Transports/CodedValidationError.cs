using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace Rugao.Graph.Server.Transports;

/// <summary>A validation error raised by one of our own rules, carrying its stable code from the start.</summary>
public sealed class CodedValidationError : ValidationError
{
    public CodedValidationError(string code, ROM source, string message, ASTNode node)
        : base(source, number: null, message, node)
    {
        Code = code;
    }
}
