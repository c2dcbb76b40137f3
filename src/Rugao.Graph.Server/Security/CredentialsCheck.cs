using Microsoft.AspNetCore.Authentication;
using Rugao.Graph.Errors;

namespace Rugao.Graph.Server.Security;

/// <summary>
/// A request that presents credentials which fail is refused with 401 and a coded GraphQL error, instead of being
/// served as anonymous: a client with a revoked key must notice.
/// </summary>
public sealed class CredentialsCheck(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = await context.AuthenticateAsync();
        if (result.Failure is not null)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.Headers.WWWAuthenticate = "Bearer";
            await context.Response.WriteAsJsonAsync(new
            {
                errors = new[]
                {
                    new
                    {
                        message = ErrorCatalog.CredentialsInvalid.With(result.Failure.Message).Message,
                        extensions = new { code = ErrorCatalog.CredentialsInvalid.Code },
                    },
                },
            });
            return;
        }

        if (result.Succeeded)
        {
            context.User = result.Principal!;
        }

        await next(context);
    }
}
