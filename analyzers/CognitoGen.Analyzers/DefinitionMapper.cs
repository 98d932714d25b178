using CognitoGen.Generator.Model;

namespace CognitoGen.Analyzers
{
    /// <summary>The parser's model as the runtime's definition, so the analyzers run the very rules <c>Validate()</c> runs.</summary>
    internal static class DefinitionMapper
    {
        public static UserPoolClientDefinition ToDefinition(DefinitionModel m) => new(m.ClientName)
        {
            GenerateSecret = m.GenerateSecret,
            ClientSecretSuppliedAtRuntime = m.CustomClientSecret,
            RefreshTokenValidity = m.RefreshTokenValidity,
            AccessTokenValidity = m.AccessTokenValidity,
            IdTokenValidity = m.IdTokenValidity,
            TokenValidityUnits = m.TokenValidityUnits is { } u ? new TokenValidityUnits(u.AccessToken, u.IdToken, u.RefreshToken) : null,
            ReadAttributes = m.ReadAttributes,
            WriteAttributes = m.WriteAttributes,
            ExplicitAuthFlows = m.ExplicitAuthFlows,
            SupportedIdentityProviders = m.SupportedIdentityProviders,
            CallbackURLs = m.CallbackUrls,
            LogoutURLs = m.LogoutUrls,
            DefaultRedirectURI = m.DefaultRedirectUri,
            AllowedOAuthFlows = m.AllowedOAuthFlows,
            AllowedOAuthScopes = m.AllowedOAuthScopes,
            AllowedOAuthFlowsUserPoolClient = m.AllowedOAuthFlowsUserPoolClient,
            AnalyticsConfiguration = m.Analytics is { } a ? new AnalyticsConfiguration(a.ApplicationId, a.ApplicationArn, a.RoleArn, a.ExternalId, a.UserDataShared) : null,
            PreventUserExistenceErrors = m.PreventUserExistenceErrors,
            EnableTokenRevocation = m.EnableTokenRevocation,
            EnablePropagateAdditionalUserContextData = m.EnablePropagateAdditionalUserContextData,
            AuthSessionValidity = m.AuthSessionValidity,
            RefreshTokenRotation = m.RefreshTokenRotation is { } r ? new RefreshTokenRotation(r.Feature, r.RetryGracePeriodSeconds) : null,
        };
    }
}
