namespace Dotkube.ApiServer.Security;

/// <summary>A bearer token and the user it authenticates as.</summary>
public sealed record StaticToken(string Token, UserInfo User)
{
    /// <summary>Names the user only: the token is a secret and records print every member by default.</summary>
    public override string ToString() => $"StaticToken {{ User = {User.Name} }}";
}
