using System.Net.Http.Headers;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SopIngest.Web.Identity;

/// <summary>
/// HTTP Basic over the Identity users, for API clients and scripts (<c>curl -u</c>). Never challenges
/// (no <c>WWW-Authenticate</c>), so browsers do not cache these credentials: pages use the cookie.
/// Lockout counts failures like the sign-in page does.
/// </summary>
internal sealed class BasicAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    UserManager<IdentityUser> users, IUserClaimsPrincipalFactory<IdentityUser> principals)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string Scheme = "Basic";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!AuthenticationHeaderValue.TryParse(Request.Headers.Authorization, out var header)
            || !Scheme.Equals(header.Scheme, StringComparison.OrdinalIgnoreCase) || header.Parameter is null)
            return AuthenticateResult.NoResult();
        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter));
        }
        catch (FormatException)
        {
            return AuthenticateResult.Fail("malformed Basic credentials");
        }
        var colon = decoded.IndexOf(':');
        if (colon <= 0)
            return AuthenticateResult.Fail("malformed Basic credentials");
        var user = await users.FindByNameAsync(decoded[..colon]);
        if (user is null || await users.IsLockedOutAsync(user))
            return AuthenticateResult.Fail("unknown user or locked out");
        if (!await users.CheckPasswordAsync(user, decoded[(colon + 1)..]))
        {
            await users.AccessFailedAsync(user);
            return AuthenticateResult.Fail("wrong password");
        }
        var principal = await principals.CreateAsync(user);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme));
    }
}
