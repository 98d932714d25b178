using System.Collections.Immutable;
using System.Linq;
using CognitoGen.Rules;
using Microsoft.CodeAnalysis;

namespace CognitoGen.Analyzers
{
    /// <summary>
    /// One descriptor per catalogue rule. Title, description and message come from the catalogue (the message quotes the
    /// offending value); ID, category and severity are repeated here as literals because release tracking (RS2008) reads
    /// them from source, and a test keeps them equal to the catalogue's.
    /// </summary>
    internal static class Descriptors
    {
        /// <summary>Every ID's page is docs/diagnostics/&lt;ID&gt;.md; this base never moves.</summary>
        public const string HelpLinkBase = "https://github.com/cognitogen/cognitogen/blob/main/docs/diagnostics/";

        public static readonly DiagnosticDescriptor CGEN1001 = new("CGEN1001", RuleCatalogue.ClassNotPartial.Title, "{0}", "Usage", DiagnosticSeverity.Error, true, RuleCatalogue.ClassNotPartial.Description, HelpLinkBase + "CGEN1001.md", RuleCatalogue.ClassNotPartial.Name);

        public static readonly DiagnosticDescriptor CGEN1002 = new("CGEN1002", RuleCatalogue.AttributeWithoutMarker.Title, "{0}", "Usage", DiagnosticSeverity.Warning, true, RuleCatalogue.AttributeWithoutMarker.Description, HelpLinkBase + "CGEN1002.md", RuleCatalogue.AttributeWithoutMarker.Name);

        public static readonly DiagnosticDescriptor CGEN1003 = new("CGEN1003", RuleCatalogue.UnsupportedTarget.Title, "{0}", "Usage", DiagnosticSeverity.Error, true, RuleCatalogue.UnsupportedTarget.Description, HelpLinkBase + "CGEN1003.md", RuleCatalogue.UnsupportedTarget.Name);

        public static readonly DiagnosticDescriptor CGEN1004 = new("CGEN1004", RuleCatalogue.DuplicateClientName.Title, "{0}", "Design", DiagnosticSeverity.Warning, true, RuleCatalogue.DuplicateClientName.Description, HelpLinkBase + "CGEN1004.md", RuleCatalogue.DuplicateClientName.Name);

        public static readonly DiagnosticDescriptor CGEN1005 = new("CGEN1005", RuleCatalogue.IneffectiveAttribute.Title, "{0}", "Usage", DiagnosticSeverity.Warning, true, RuleCatalogue.IneffectiveAttribute.Description, HelpLinkBase + "CGEN1005.md", RuleCatalogue.IneffectiveAttribute.Name);

        public static readonly DiagnosticDescriptor CGEN1006 = new("CGEN1006", RuleCatalogue.SecretLiteral.Title, "{0}", "Security", DiagnosticSeverity.Warning, true, RuleCatalogue.SecretLiteral.Description, HelpLinkBase + "CGEN1006.md", RuleCatalogue.SecretLiteral.Name);

        public static readonly DiagnosticDescriptor CGEN1007 = new("CGEN1007", RuleCatalogue.NullArgument.Title, "{0}", "Usage", DiagnosticSeverity.Error, true, RuleCatalogue.NullArgument.Description, HelpLinkBase + "CGEN1007.md", RuleCatalogue.NullArgument.Name);

        public static readonly DiagnosticDescriptor CGEN1008 = new("CGEN1008", RuleCatalogue.UnknownMember.Title, "{0}", "Usage", DiagnosticSeverity.Warning, true, RuleCatalogue.UnknownMember.Description, HelpLinkBase + "CGEN1008.md", RuleCatalogue.UnknownMember.Name);

        public static readonly DiagnosticDescriptor CGEN1101 = new("CGEN1101", RuleCatalogue.UserPoolIdFormat.Title, "{0}", "Usage", DiagnosticSeverity.Error, true, RuleCatalogue.UserPoolIdFormat.Description, HelpLinkBase + "CGEN1101.md", RuleCatalogue.UserPoolIdFormat.Name);

        public static readonly DiagnosticDescriptor CGEN1102 = new("CGEN1102", RuleCatalogue.ClientNameFormat.Title, "{0}", "Usage", DiagnosticSeverity.Error, true, RuleCatalogue.ClientNameFormat.Description, HelpLinkBase + "CGEN1102.md", RuleCatalogue.ClientNameFormat.Name);

        public static readonly DiagnosticDescriptor CGEN1201 = new("CGEN1201", RuleCatalogue.DuplicateListValues.Title, "{0}", "Design", DiagnosticSeverity.Warning, true, RuleCatalogue.DuplicateListValues.Description, HelpLinkBase + "CGEN1201.md", RuleCatalogue.DuplicateListValues.Name);

        public static readonly DiagnosticDescriptor CGEN2001 = new("CGEN2001", RuleCatalogue.OAuthFlowsEnum.Title, "{0}", "Usage", DiagnosticSeverity.Error, true, RuleCatalogue.OAuthFlowsEnum.Description, HelpLinkBase + "CGEN2001.md", RuleCatalogue.OAuthFlowsEnum.Name);

        public static readonly DiagnosticDescriptor CGEN2002 = new("CGEN2002", RuleCatalogue.OAuthFlowsMaxItems.Title, "{0}", "Usage", DiagnosticSeverity.Error, true, RuleCatalogue.OAuthFlowsMaxItems.Description, HelpLinkBase + "CGEN2002.md", RuleCatalogue.OAuthFlowsMaxItems.Name);

        public static readonly DiagnosticDescriptor CGEN2003 = new("CGEN2003", RuleCatalogue.OAuthScopeFormat.Title, "{0}", "Usage", DiagnosticSeverity.Error, true, RuleCatalogue.OAuthScopeFormat.Description, HelpLinkBase + "CGEN2003.md", RuleCatalogue.OAuthScopeFormat.Name);

        public static readonly DiagnosticDescriptor CGEN2004 = new("CGEN2004", RuleCatalogue.OAuthScopesMaxItems.Title, "{0}", "Usage", DiagnosticSeverity.Error, true, RuleCatalogue.OAuthScopesMaxItems.Description, HelpLinkBase + "CGEN2004.md", RuleCatalogue.OAuthScopesMaxItems.Name);

        public static readonly DiagnosticDescriptor CGEN2005 = new("CGEN2005", RuleCatalogue.OAuthFlowsScopesRequired.Title, "{0}", "Design", DiagnosticSeverity.Error, true, RuleCatalogue.OAuthFlowsScopesRequired.Description, HelpLinkBase + "CGEN2005.md", RuleCatalogue.OAuthFlowsScopesRequired.Name);

        public static readonly DiagnosticDescriptor CGEN2006 = new("CGEN2006", RuleCatalogue.OAuthCallbackRequired.Title, "{0}", "Design", DiagnosticSeverity.Error, true, RuleCatalogue.OAuthCallbackRequired.Description, HelpLinkBase + "CGEN2006.md", RuleCatalogue.OAuthCallbackRequired.Name);

        public static readonly DiagnosticDescriptor CGEN2007 = new("CGEN2007", RuleCatalogue.OAuthSettingsWithoutOAuthFlag.Title, "{0}", "Design", DiagnosticSeverity.Warning, true, RuleCatalogue.OAuthSettingsWithoutOAuthFlag.Description, HelpLinkBase + "CGEN2007.md", RuleCatalogue.OAuthSettingsWithoutOAuthFlag.Name);

        public static readonly DiagnosticDescriptor CGEN2008 = new("CGEN2008", RuleCatalogue.ClientCredentialsExclusive.Title, "{0}", "Design", DiagnosticSeverity.Error, true, RuleCatalogue.ClientCredentialsExclusive.Description, HelpLinkBase + "CGEN2008.md", RuleCatalogue.ClientCredentialsExclusive.Name);

        public static readonly DiagnosticDescriptor CGEN2009 = new("CGEN2009", RuleCatalogue.ClientCredentialsRequiresSecret.Title, "{0}", "Security", DiagnosticSeverity.Error, true, RuleCatalogue.ClientCredentialsRequiresSecret.Description, HelpLinkBase + "CGEN2009.md", RuleCatalogue.ClientCredentialsRequiresSecret.Name);

        public static readonly DiagnosticDescriptor CGEN2010 = new("CGEN2010", RuleCatalogue.ClientCredentialsCustomScopesOnly.Title, "{0}", "Design", DiagnosticSeverity.Error, true, RuleCatalogue.ClientCredentialsCustomScopesOnly.Description, HelpLinkBase + "CGEN2010.md", RuleCatalogue.ClientCredentialsCustomScopesOnly.Name);

        public static readonly DiagnosticDescriptor CGEN2011 = new("CGEN2011", RuleCatalogue.OAuthScopeUnknown.Title, "{0}", "Design", DiagnosticSeverity.Error, true, RuleCatalogue.OAuthScopeUnknown.Description, HelpLinkBase + "CGEN2011.md", RuleCatalogue.OAuthScopeUnknown.Name);

        public static readonly DiagnosticDescriptor CGEN2012 = new("CGEN2012", RuleCatalogue.OidcScopesRequireOpenId.Title, "{0}", "Design", DiagnosticSeverity.Warning, true, RuleCatalogue.OidcScopesRequireOpenId.Description, HelpLinkBase + "CGEN2012.md", RuleCatalogue.OidcScopesRequireOpenId.Name);

        public static readonly DiagnosticDescriptor CGEN2013 = new("CGEN2013", RuleCatalogue.OAuthWithoutIdentityProviders.Title, "{0}", "Design", DiagnosticSeverity.Warning, true, RuleCatalogue.OAuthWithoutIdentityProviders.Description, HelpLinkBase + "CGEN2013.md", RuleCatalogue.OAuthWithoutIdentityProviders.Name);

        public static readonly DiagnosticDescriptor CGEN2014 = new("CGEN2014", RuleCatalogue.ImplicitFlowDiscouraged.Title, "{0}", "Security", DiagnosticSeverity.Warning, true, RuleCatalogue.ImplicitFlowDiscouraged.Description, HelpLinkBase + "CGEN2014.md", RuleCatalogue.ImplicitFlowDiscouraged.Name);

        public static readonly DiagnosticDescriptor CGEN2015 = new("CGEN2015", RuleCatalogue.CustomScopeUnverified.Title, "{0}", "Design", DiagnosticSeverity.Info, true, RuleCatalogue.CustomScopeUnverified.Description, HelpLinkBase + "CGEN2015.md", RuleCatalogue.CustomScopeUnverified.Name);

        public static readonly DiagnosticDescriptor CGEN3001 = new("CGEN3001", RuleCatalogue.RedirectUrlFormat.Title, "{0}", "Usage", DiagnosticSeverity.Error, true, RuleCatalogue.RedirectUrlFormat.Description, HelpLinkBase + "CGEN3001.md", RuleCatalogue.RedirectUrlFormat.Name);

        public static readonly DiagnosticDescriptor CGEN3002 = new("CGEN3002", RuleCatalogue.CallbackUrlsMaxItems.Title, "{0}", "Usage", DiagnosticSeverity.Error, true, RuleCatalogue.CallbackUrlsMaxItems.Description, HelpLinkBase + "CGEN3002.md", RuleCatalogue.CallbackUrlsMaxItems.Name);

        public static readonly DiagnosticDescriptor CGEN3003 = new("CGEN3003", RuleCatalogue.LogoutUrlsMaxItems.Title, "{0}", "Usage", DiagnosticSeverity.Error, true, RuleCatalogue.LogoutUrlsMaxItems.Description, HelpLinkBase + "CGEN3003.md", RuleCatalogue.LogoutUrlsMaxItems.Name);

        public static readonly DiagnosticDescriptor CGEN3004 = new("CGEN3004", RuleCatalogue.RedirectUrlHttps.Title, "{0}", "Security", DiagnosticSeverity.Error, true, RuleCatalogue.RedirectUrlHttps.Description, HelpLinkBase + "CGEN3004.md", RuleCatalogue.RedirectUrlHttps.Name);

        public static readonly DiagnosticDescriptor CGEN3005 = new("CGEN3005", RuleCatalogue.RedirectUrlFragment.Title, "{0}", "Usage", DiagnosticSeverity.Error, true, RuleCatalogue.RedirectUrlFragment.Description, HelpLinkBase + "CGEN3005.md", RuleCatalogue.RedirectUrlFragment.Name);

        public static readonly DiagnosticDescriptor CGEN3006 = new("CGEN3006", RuleCatalogue.RedirectUrlAbsolute.Title, "{0}", "Usage", DiagnosticSeverity.Error, true, RuleCatalogue.RedirectUrlAbsolute.Description, HelpLinkBase + "CGEN3006.md", RuleCatalogue.RedirectUrlAbsolute.Name);

        public static readonly DiagnosticDescriptor CGEN3007 = new("CGEN3007", RuleCatalogue.RedirectUrlWildcard.Title, "{0}", "Design", DiagnosticSeverity.Warning, true, RuleCatalogue.RedirectUrlWildcard.Description, HelpLinkBase + "CGEN3007.md", RuleCatalogue.RedirectUrlWildcard.Name);

        public static readonly DiagnosticDescriptor CGEN3008 = new("CGEN3008", RuleCatalogue.DefaultRedirectUriInCallbacks.Title, "{0}", "Design", DiagnosticSeverity.Error, true, RuleCatalogue.DefaultRedirectUriInCallbacks.Description, HelpLinkBase + "CGEN3008.md", RuleCatalogue.DefaultRedirectUriInCallbacks.Name);

        public static readonly DiagnosticDescriptor CGEN4001 = new("CGEN4001", RuleCatalogue.TokenValidityUnitsEnum.Title, "{0}", "Usage", DiagnosticSeverity.Error, true, RuleCatalogue.TokenValidityUnitsEnum.Description, HelpLinkBase + "CGEN4001.md", RuleCatalogue.TokenValidityUnitsEnum.Name);

        public static readonly DiagnosticDescriptor CGEN4002 = new("CGEN4002", RuleCatalogue.TokenValidityRange.Title, "{0}", "Design", DiagnosticSeverity.Error, true, RuleCatalogue.TokenValidityRange.Description, HelpLinkBase + "CGEN4002.md", RuleCatalogue.TokenValidityRange.Name);

        public static readonly DiagnosticDescriptor CGEN4003 = new("CGEN4003", RuleCatalogue.TokenValidityOrder.Title, "{0}", "Design", DiagnosticSeverity.Error, true, RuleCatalogue.TokenValidityOrder.Description, HelpLinkBase + "CGEN4003.md", RuleCatalogue.TokenValidityOrder.Name);

        public static readonly DiagnosticDescriptor CGEN4004 = new("CGEN4004", RuleCatalogue.RefreshTokenValidityZero.Title, "{0}", "Design", DiagnosticSeverity.Warning, true, RuleCatalogue.RefreshTokenValidityZero.Description, HelpLinkBase + "CGEN4004.md", RuleCatalogue.RefreshTokenValidityZero.Name);

        public static readonly DiagnosticDescriptor CGEN4005 = new("CGEN4005", RuleCatalogue.AuthSessionValidityRange.Title, "{0}", "Usage", DiagnosticSeverity.Error, true, RuleCatalogue.AuthSessionValidityRange.Description, HelpLinkBase + "CGEN4005.md", RuleCatalogue.AuthSessionValidityRange.Name);

        public static readonly DiagnosticDescriptor CGEN4006 = new("CGEN4006", RuleCatalogue.RefreshTokenRotationFeature.Title, "{0}", "Usage", DiagnosticSeverity.Error, true, RuleCatalogue.RefreshTokenRotationFeature.Description, HelpLinkBase + "CGEN4006.md", RuleCatalogue.RefreshTokenRotationFeature.Name);

        public static readonly DiagnosticDescriptor CGEN4007 = new("CGEN4007", RuleCatalogue.RefreshTokenRotationGraceRange.Title, "{0}", "Usage", DiagnosticSeverity.Error, true, RuleCatalogue.RefreshTokenRotationGraceRange.Description, HelpLinkBase + "CGEN4007.md", RuleCatalogue.RefreshTokenRotationGraceRange.Name);

        public static readonly DiagnosticDescriptor CGEN4008 = new("CGEN4008", RuleCatalogue.RefreshTokenRotationGraceWithoutRotation.Title, "{0}", "Design", DiagnosticSeverity.Warning, true, RuleCatalogue.RefreshTokenRotationGraceWithoutRotation.Description, HelpLinkBase + "CGEN4008.md", RuleCatalogue.RefreshTokenRotationGraceWithoutRotation.Name);

        public static readonly DiagnosticDescriptor CGEN4009 = new("CGEN4009", RuleCatalogue.TokenRevocationDisabled.Title, "{0}", "Security", DiagnosticSeverity.Warning, true, RuleCatalogue.TokenRevocationDisabled.Description, HelpLinkBase + "CGEN4009.md", RuleCatalogue.TokenRevocationDisabled.Name);

        public static readonly DiagnosticDescriptor CGEN5001 = new("CGEN5001", RuleCatalogue.ExplicitAuthFlowsEnum.Title, "{0}", "Usage", DiagnosticSeverity.Error, true, RuleCatalogue.ExplicitAuthFlowsEnum.Description, HelpLinkBase + "CGEN5001.md", RuleCatalogue.ExplicitAuthFlowsEnum.Name);

        public static readonly DiagnosticDescriptor CGEN5002 = new("CGEN5002", RuleCatalogue.ExplicitAuthFlowsLegacyMix.Title, "{0}", "Compatibility", DiagnosticSeverity.Error, true, RuleCatalogue.ExplicitAuthFlowsLegacyMix.Description, HelpLinkBase + "CGEN5002.md", RuleCatalogue.ExplicitAuthFlowsLegacyMix.Name);

        public static readonly DiagnosticDescriptor CGEN5003 = new("CGEN5003", RuleCatalogue.ExplicitAuthFlowsLegacyDeprecated.Title, "{0}", "Compatibility", DiagnosticSeverity.Warning, true, RuleCatalogue.ExplicitAuthFlowsLegacyDeprecated.Description, HelpLinkBase + "CGEN5003.md", RuleCatalogue.ExplicitAuthFlowsLegacyDeprecated.Name);

        public static readonly DiagnosticDescriptor CGEN5004 = new("CGEN5004", RuleCatalogue.RefreshTokenAuthRequired.Title, "{0}", "Design", DiagnosticSeverity.Error, true, RuleCatalogue.RefreshTokenAuthRequired.Description, HelpLinkBase + "CGEN5004.md", RuleCatalogue.RefreshTokenAuthRequired.Name);

        public static readonly DiagnosticDescriptor CGEN5005 = new("CGEN5005", RuleCatalogue.RefreshTokenRotationConflictsRefreshTokenAuth.Title, "{0}", "Design", DiagnosticSeverity.Error, true, RuleCatalogue.RefreshTokenRotationConflictsRefreshTokenAuth.Description, HelpLinkBase + "CGEN5005.md", RuleCatalogue.RefreshTokenRotationConflictsRefreshTokenAuth.Name);

        public static readonly DiagnosticDescriptor CGEN5006 = new("CGEN5006", RuleCatalogue.RefreshTokenRotationDefaultAuthFlows.Title, "{0}", "Design", DiagnosticSeverity.Warning, true, RuleCatalogue.RefreshTokenRotationDefaultAuthFlows.Description, HelpLinkBase + "CGEN5006.md", RuleCatalogue.RefreshTokenRotationDefaultAuthFlows.Name);

        public static readonly DiagnosticDescriptor CGEN5007 = new("CGEN5007", RuleCatalogue.UserPasswordAuthPlaintext.Title, "{0}", "Security", DiagnosticSeverity.Warning, true, RuleCatalogue.UserPasswordAuthPlaintext.Description, HelpLinkBase + "CGEN5007.md", RuleCatalogue.UserPasswordAuthPlaintext.Name);

        public static readonly DiagnosticDescriptor CGEN5008 = new("CGEN5008", RuleCatalogue.ClientSecretFormat.Title, "{0}", "Usage", DiagnosticSeverity.Error, true, RuleCatalogue.ClientSecretFormat.Description, HelpLinkBase + "CGEN5008.md", RuleCatalogue.ClientSecretFormat.Name);

        public static readonly DiagnosticDescriptor CGEN5009 = new("CGEN5009", RuleCatalogue.ClientSecretConflictsGenerateSecret.Title, "{0}", "Design", DiagnosticSeverity.Error, true, RuleCatalogue.ClientSecretConflictsGenerateSecret.Description, HelpLinkBase + "CGEN5009.md", RuleCatalogue.ClientSecretConflictsGenerateSecret.Name);

        public static readonly DiagnosticDescriptor CGEN5010 = new("CGEN5010", RuleCatalogue.PropagateUserContextRequiresSecret.Title, "{0}", "Design", DiagnosticSeverity.Error, true, RuleCatalogue.PropagateUserContextRequiresSecret.Description, HelpLinkBase + "CGEN5010.md", RuleCatalogue.PropagateUserContextRequiresSecret.Name);

        public static readonly DiagnosticDescriptor CGEN5011 = new("CGEN5011", RuleCatalogue.PreventUserExistenceErrorsEnum.Title, "{0}", "Usage", DiagnosticSeverity.Error, true, RuleCatalogue.PreventUserExistenceErrorsEnum.Description, HelpLinkBase + "CGEN5011.md", RuleCatalogue.PreventUserExistenceErrorsEnum.Name);

        public static readonly DiagnosticDescriptor CGEN5012 = new("CGEN5012", RuleCatalogue.PreventUserExistenceLegacy.Title, "{0}", "Security", DiagnosticSeverity.Warning, true, RuleCatalogue.PreventUserExistenceLegacy.Description, HelpLinkBase + "CGEN5012.md", RuleCatalogue.PreventUserExistenceLegacy.Name);

        public static readonly DiagnosticDescriptor CGEN5013 = new("CGEN5013", RuleCatalogue.PreventUserExistenceErrorsDefault.Title, "{0}", "Security", DiagnosticSeverity.Info, true, RuleCatalogue.PreventUserExistenceErrorsDefault.Description, HelpLinkBase + "CGEN5013.md", RuleCatalogue.PreventUserExistenceErrorsDefault.Name);

        public static readonly DiagnosticDescriptor CGEN5014 = new("CGEN5014", RuleCatalogue.UserAuthRequiresEssentials.Title, "{0}", "Compatibility", DiagnosticSeverity.Info, true, RuleCatalogue.UserAuthRequiresEssentials.Description, HelpLinkBase + "CGEN5014.md", RuleCatalogue.UserAuthRequiresEssentials.Name);

        public static readonly DiagnosticDescriptor CGEN6001 = new("CGEN6001", RuleCatalogue.AttributeNameFormat.Title, "{0}", "Usage", DiagnosticSeverity.Error, true, RuleCatalogue.AttributeNameFormat.Description, HelpLinkBase + "CGEN6001.md", RuleCatalogue.AttributeNameFormat.Name);

        public static readonly DiagnosticDescriptor CGEN6002 = new("CGEN6002", RuleCatalogue.WriteAttributesNotWritable.Title, "{0}", "Design", DiagnosticSeverity.Error, true, RuleCatalogue.WriteAttributesNotWritable.Description, HelpLinkBase + "CGEN6002.md", RuleCatalogue.WriteAttributesNotWritable.Name);

        public static readonly DiagnosticDescriptor CGEN6003 = new("CGEN6003", RuleCatalogue.AttributeNameUnknown.Title, "{0}", "Design", DiagnosticSeverity.Error, true, RuleCatalogue.AttributeNameUnknown.Description, HelpLinkBase + "CGEN6003.md", RuleCatalogue.AttributeNameUnknown.Name);

        public static readonly DiagnosticDescriptor CGEN6004 = new("CGEN6004", RuleCatalogue.SupportedIdpNameFormat.Title, "{0}", "Usage", DiagnosticSeverity.Error, true, RuleCatalogue.SupportedIdpNameFormat.Description, HelpLinkBase + "CGEN6004.md", RuleCatalogue.SupportedIdpNameFormat.Name);

        public static readonly DiagnosticDescriptor CGEN6005 = new("CGEN6005", RuleCatalogue.SupportedIdpBuiltinCasing.Title, "{0}", "Design", DiagnosticSeverity.Warning, true, RuleCatalogue.SupportedIdpBuiltinCasing.Description, HelpLinkBase + "CGEN6005.md", RuleCatalogue.SupportedIdpBuiltinCasing.Name);

        public static readonly DiagnosticDescriptor CGEN6006 = new("CGEN6006", RuleCatalogue.SupportedIdpUnverified.Title, "{0}", "Design", DiagnosticSeverity.Info, true, RuleCatalogue.SupportedIdpUnverified.Description, HelpLinkBase + "CGEN6006.md", RuleCatalogue.SupportedIdpUnverified.Name);

        public static readonly DiagnosticDescriptor CGEN6007 = new("CGEN6007", RuleCatalogue.CustomAttributeUnverified.Title, "{0}", "Design", DiagnosticSeverity.Info, true, RuleCatalogue.CustomAttributeUnverified.Description, HelpLinkBase + "CGEN6007.md", RuleCatalogue.CustomAttributeUnverified.Name);

        public static readonly DiagnosticDescriptor CGEN6008 = new("CGEN6008", RuleCatalogue.WriteAttributesIdpMapping.Title, "{0}", "Design", DiagnosticSeverity.Info, true, RuleCatalogue.WriteAttributesIdpMapping.Description, HelpLinkBase + "CGEN6008.md", RuleCatalogue.WriteAttributesIdpMapping.Name);

        public static readonly DiagnosticDescriptor CGEN6009 = new("CGEN6009", RuleCatalogue.WriteAttributeNotReadable.Title, "{0}", "Design", DiagnosticSeverity.Info, true, RuleCatalogue.WriteAttributeNotReadable.Description, HelpLinkBase + "CGEN6009.md", RuleCatalogue.WriteAttributeNotReadable.Name);

        public static readonly DiagnosticDescriptor CGEN7001 = new("CGEN7001", RuleCatalogue.AnalyticsApplicationIdFormat.Title, "{0}", "Usage", DiagnosticSeverity.Error, true, RuleCatalogue.AnalyticsApplicationIdFormat.Description, HelpLinkBase + "CGEN7001.md", RuleCatalogue.AnalyticsApplicationIdFormat.Name);

        public static readonly DiagnosticDescriptor CGEN7002 = new("CGEN7002", RuleCatalogue.AnalyticsArnFormat.Title, "{0}", "Usage", DiagnosticSeverity.Error, true, RuleCatalogue.AnalyticsArnFormat.Description, HelpLinkBase + "CGEN7002.md", RuleCatalogue.AnalyticsArnFormat.Name);

        public static readonly DiagnosticDescriptor CGEN7003 = new("CGEN7003", RuleCatalogue.AnalyticsConfigShape.Title, "{0}", "Design", DiagnosticSeverity.Error, true, RuleCatalogue.AnalyticsConfigShape.Description, HelpLinkBase + "CGEN7003.md", RuleCatalogue.AnalyticsConfigShape.Name);

        public static readonly DiagnosticDescriptor CGEN7004 = new("CGEN7004", RuleCatalogue.AnalyticsRegionMismatch.Title, "{0}", "Design", DiagnosticSeverity.Error, true, RuleCatalogue.AnalyticsRegionMismatch.Description, HelpLinkBase + "CGEN7004.md", RuleCatalogue.AnalyticsRegionMismatch.Name);

        public static readonly DiagnosticDescriptor CGEN9001 = new("CGEN9001", RuleCatalogue.LanguageVersion.Title, "{0}", "Compatibility", DiagnosticSeverity.Error, true, RuleCatalogue.LanguageVersion.Description, HelpLinkBase + "CGEN9001.md", RuleCatalogue.LanguageVersion.Name);

        public static readonly DiagnosticDescriptor CGEN7005 = new("CGEN7005", RuleCatalogue.AnalyticsUsEast1Fallback.Title, "{0}", "Design", DiagnosticSeverity.Warning, true, RuleCatalogue.AnalyticsUsEast1Fallback.Description, HelpLinkBase + "CGEN7005.md", RuleCatalogue.AnalyticsUsEast1Fallback.Name);

        public static readonly DiagnosticDescriptor CGEN1009 = new("CGEN1009", RuleCatalogue.SdkNotReferenced.Title, "{0}", "Usage", DiagnosticSeverity.Error, true, RuleCatalogue.SdkNotReferenced.Description, HelpLinkBase + "CGEN1009.md", RuleCatalogue.SdkNotReferenced.Name);

        public static readonly DiagnosticDescriptor CGEN8001 = new("CGEN8001", RuleCatalogue.PoolFileUnreadable.Title, "{0}", "Usage", DiagnosticSeverity.Warning, true, RuleCatalogue.PoolFileUnreadable.Description, HelpLinkBase + "CGEN8001.md", RuleCatalogue.PoolFileUnreadable.Name);

        public static readonly DiagnosticDescriptor CGEN8002 = new("CGEN8002", RuleCatalogue.PoolScopeUndefined.Title, "{0}", "Design", DiagnosticSeverity.Error, true, RuleCatalogue.PoolScopeUndefined.Description, HelpLinkBase + "CGEN8002.md", RuleCatalogue.PoolScopeUndefined.Name);

        public static readonly DiagnosticDescriptor CGEN8003 = new("CGEN8003", RuleCatalogue.PoolIdentityProviderUndefined.Title, "{0}", "Design", DiagnosticSeverity.Error, true, RuleCatalogue.PoolIdentityProviderUndefined.Description, HelpLinkBase + "CGEN8003.md", RuleCatalogue.PoolIdentityProviderUndefined.Name);

        public static readonly DiagnosticDescriptor CGEN8004 = new("CGEN8004", RuleCatalogue.PoolAttributeUndefined.Title, "{0}", "Design", DiagnosticSeverity.Error, true, RuleCatalogue.PoolAttributeUndefined.Description, HelpLinkBase + "CGEN8004.md", RuleCatalogue.PoolAttributeUndefined.Name);

        public static readonly DiagnosticDescriptor CGEN8005 = new("CGEN8005", RuleCatalogue.PoolRequiredAttributeNotWritable.Title, "{0}", "Design", DiagnosticSeverity.Error, true, RuleCatalogue.PoolRequiredAttributeNotWritable.Description, HelpLinkBase + "CGEN8005.md", RuleCatalogue.PoolRequiredAttributeNotWritable.Name);

        public static readonly DiagnosticDescriptor CGEN8007 = new("CGEN8007", RuleCatalogue.PoolOAuthWithoutDomain.Title, "{0}", "Design", DiagnosticSeverity.Warning, true, RuleCatalogue.PoolOAuthWithoutDomain.Description, HelpLinkBase + "CGEN8007.md", RuleCatalogue.PoolOAuthWithoutDomain.Name);

        public static readonly DiagnosticDescriptor CGEN8008 = new("CGEN8008", RuleCatalogue.UpdateResetsMember.Title, "{0}", "Design", DiagnosticSeverity.Warning, true, RuleCatalogue.UpdateResetsMember.Description, HelpLinkBase + "CGEN8008.md", RuleCatalogue.UpdateResetsMember.Name);

        public static readonly ImmutableArray<DiagnosticDescriptor> All = ImmutableArray.Create(
            CGEN1001, CGEN1002, CGEN1003, CGEN1004, CGEN1005, CGEN1006, CGEN1007, CGEN1008, CGEN1009, CGEN1101, CGEN1102, CGEN1201, CGEN2001, CGEN2002, CGEN2003, CGEN2004, CGEN2005, CGEN2006, CGEN2007, CGEN2008, CGEN2009, CGEN2010, CGEN2011, CGEN2012, CGEN2013, CGEN2014, CGEN2015, CGEN3001, CGEN3002, CGEN3003, CGEN3004, CGEN3005, CGEN3006, CGEN3007, CGEN3008, CGEN4001, CGEN4002, CGEN4003, CGEN4004, CGEN4005, CGEN4006, CGEN4007, CGEN4008, CGEN4009, CGEN5001, CGEN5002, CGEN5003, CGEN5004, CGEN5005, CGEN5006, CGEN5007, CGEN5008, CGEN5009, CGEN5010, CGEN5011, CGEN5012, CGEN5013, CGEN5014, CGEN6001, CGEN6002, CGEN6003, CGEN6004, CGEN6005, CGEN6006, CGEN6007, CGEN6008, CGEN6009, CGEN7001, CGEN7002, CGEN7003, CGEN7004, CGEN7005, CGEN8001, CGEN8002, CGEN8003, CGEN8004, CGEN8005, CGEN8007, CGEN8008, CGEN9001);

        public static readonly ImmutableDictionary<string, DiagnosticDescriptor> ById = All.ToImmutableDictionary(d => d.Id);

        public static DiagnosticDescriptor For(Rule rule) => ById[rule.Id];

        /// <summary>The catalogue rule name of a descriptor (kept as its first custom tag).</summary>
        public static string RuleName(DiagnosticDescriptor descriptor) => descriptor.CustomTags.First();
    }
}
