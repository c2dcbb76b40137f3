using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.IdentityModel.Tokens;
using Rugao.Graph.Access;

namespace Rugao.Graph.Server.Security;

public static class SecurityServiceCollectionExtensions
{
    private const string Selector = "ApiKeyOrJwt";

    /// <summary>API keys and, when configured, JWT bearer tokens, behind one scheme that picks by the token's shape.</summary>
    public static IServiceCollection AddRugaoSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        var jwt = configuration.GetSection(JwtOptions.Section).Get<JwtOptions>() ?? new JwtOptions();
        services.AddSingleton<ApiKeyStore>();
        services.AddSingleton<ApiKeyAdministration>();
        services.TryAddSingleton<BearerAuthenticator>();
        var authentication = services.AddAuthentication(Selector)
            .AddPolicyScheme(Selector, Selector, options => options.ForwardDefaultSelector = context =>
                !jwt.Enabled || ApiKeyStore.LooksLikeKey(BearerToken.From(context.Request))
                    ? ApiKeyAuthenticationHandler.SchemeName
                    : JwtBearerDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        if (jwt.Enabled)
        {
            authentication.AddJwtBearer(options =>
            {
                options.MapInboundClaims = false;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = jwt.Issuer,
                    ValidateIssuer = jwt.Issuer is not null,
                    ValidAudience = jwt.Audience,
                    ValidateAudience = jwt.Audience is not null,
                    IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(jwt.SigningKey!)),
                    NameClaimType = "sub",
                    RoleClaimType = "role",
                };
                options.Events = new JwtBearerEvents { OnTokenValidated = context => NormaliseRoles(context.Principal) };
            });
        }

        return services;
    }

    /// <summary>The SSO writes roles in its own case; the API reads them as <see cref="Role"/> names.</summary>
    private static Task NormaliseRoles(ClaimsPrincipal? principal)
    {
        if (principal?.Identity is ClaimsIdentity identity)
        {
            foreach (var claim in identity.FindAll("role").ToList())
            {
                if (Caller.Parse(claim.Value) is { } role)
                {
                    identity.AddClaim(new Claim(Caller.RoleClaim, role.ToString()));
                }
            }
        }

        return Task.CompletedTask;
    }
}
