// Test-only stand-in written from ../shared/docs/aws-sdk-shapes.md; not SDK source.
#nullable disable

using System;
using System.Collections.Generic;

using Amazon;
using Amazon.Runtime.Internal;

namespace Amazon.CognitoIdentityProvider.Model
{
    /// <summary>
    /// Stand-in for the app client description returned by the service.
    /// </summary>
    public partial class UserPoolClientType
    {
        private int? _accessTokenValidity;
        private List<string> _allowedOAuthFlows = AWSConfigs.InitializeCollections ? new List<string>() : null;
        private bool? _allowedOAuthFlowsUserPoolClient;
        private List<string> _allowedOAuthScopes = AWSConfigs.InitializeCollections ? new List<string>() : null;
        private AnalyticsConfigurationType _analyticsConfiguration;
        private int? _authSessionValidity;
        private List<string> _callbackURLs = AWSConfigs.InitializeCollections ? new List<string>() : null;
        private string _clientId;
        private string _clientName;
        private string _clientSecret;
        private DateTime? _creationDate;
        private string _defaultRedirectURI;
        private bool? _enablePropagateAdditionalUserContextData;
        private bool? _enableTokenRevocation;
        private List<string> _explicitAuthFlows = AWSConfigs.InitializeCollections ? new List<string>() : null;
        private int? _idTokenValidity;
        private DateTime? _lastModifiedDate;
        private List<string> _logoutURLs = AWSConfigs.InitializeCollections ? new List<string>() : null;
        private PreventUserExistenceErrorTypes _preventUserExistenceErrors;
        private List<string> _readAttributes = AWSConfigs.InitializeCollections ? new List<string>() : null;
        private RefreshTokenRotationType _refreshTokenRotation;
        private int? _refreshTokenValidity;
        private List<string> _supportedIdentityProviders = AWSConfigs.InitializeCollections ? new List<string>() : null;
        private TokenValidityUnitsType _tokenValidityUnits;
        private string _userPoolId;
        private List<string> _writeAttributes = AWSConfigs.InitializeCollections ? new List<string>() : null;

        /// <summary>
        /// The AccessTokenValidity member.
        /// </summary>
        [AWSProperty(Min = 1, Max = 86400)]
        public int? AccessTokenValidity
        {
            get { return this._accessTokenValidity; }
            set { this._accessTokenValidity = value; }
        }

        /// <summary>True when AccessTokenValidity would be sent on the wire.</summary>
        internal bool IsSetAccessTokenValidity()
        {
            return this._accessTokenValidity.HasValue;
        }

        /// <summary>
        /// The AllowedOAuthFlows list. Starts as null unless AWSConfigs.InitializeCollections is true.
        /// </summary>
        [AWSProperty(Min = 0, Max = 3)]
        public List<string> AllowedOAuthFlows
        {
            get { return this._allowedOAuthFlows; }
            set { this._allowedOAuthFlows = value; }
        }

        /// <summary>True when AllowedOAuthFlows would be sent on the wire.</summary>
        internal bool IsSetAllowedOAuthFlows()
        {
            return this._allowedOAuthFlows != null && (this._allowedOAuthFlows.Count > 0 || !AWSConfigs.InitializeCollections);
        }

        /// <summary>
        /// The AllowedOAuthFlowsUserPoolClient member.
        /// </summary>
        public bool? AllowedOAuthFlowsUserPoolClient
        {
            get { return this._allowedOAuthFlowsUserPoolClient; }
            set { this._allowedOAuthFlowsUserPoolClient = value; }
        }

        /// <summary>True when AllowedOAuthFlowsUserPoolClient would be sent on the wire.</summary>
        internal bool IsSetAllowedOAuthFlowsUserPoolClient()
        {
            return this._allowedOAuthFlowsUserPoolClient.HasValue;
        }

        /// <summary>
        /// The AllowedOAuthScopes list. Starts as null unless AWSConfigs.InitializeCollections is true.
        /// </summary>
        [AWSProperty(Max = 50)]
        public List<string> AllowedOAuthScopes
        {
            get { return this._allowedOAuthScopes; }
            set { this._allowedOAuthScopes = value; }
        }

        /// <summary>True when AllowedOAuthScopes would be sent on the wire.</summary>
        internal bool IsSetAllowedOAuthScopes()
        {
            return this._allowedOAuthScopes != null && (this._allowedOAuthScopes.Count > 0 || !AWSConfigs.InitializeCollections);
        }

        /// <summary>
        /// The AnalyticsConfiguration member.
        /// </summary>
        public AnalyticsConfigurationType AnalyticsConfiguration
        {
            get { return this._analyticsConfiguration; }
            set { this._analyticsConfiguration = value; }
        }

        /// <summary>True when AnalyticsConfiguration would be sent on the wire.</summary>
        internal bool IsSetAnalyticsConfiguration()
        {
            return this._analyticsConfiguration != null;
        }

        /// <summary>
        /// The AuthSessionValidity member.
        /// </summary>
        [AWSProperty(Min = 3, Max = 15)]
        public int? AuthSessionValidity
        {
            get { return this._authSessionValidity; }
            set { this._authSessionValidity = value; }
        }

        /// <summary>True when AuthSessionValidity would be sent on the wire.</summary>
        internal bool IsSetAuthSessionValidity()
        {
            return this._authSessionValidity.HasValue;
        }

        /// <summary>
        /// The CallbackURLs list. Starts as null unless AWSConfigs.InitializeCollections is true.
        /// </summary>
        [AWSProperty(Min = 0, Max = 100)]
        public List<string> CallbackURLs
        {
            get { return this._callbackURLs; }
            set { this._callbackURLs = value; }
        }

        /// <summary>True when CallbackURLs would be sent on the wire.</summary>
        internal bool IsSetCallbackURLs()
        {
            return this._callbackURLs != null && (this._callbackURLs.Count > 0 || !AWSConfigs.InitializeCollections);
        }

        /// <summary>
        /// The ClientId member.
        /// </summary>
        [AWSProperty(Sensitive = true, Min = 1, Max = 128)]
        public string ClientId
        {
            get { return this._clientId; }
            set { this._clientId = value; }
        }

        /// <summary>True when ClientId would be sent on the wire.</summary>
        internal bool IsSetClientId()
        {
            return this._clientId != null;
        }

        /// <summary>
        /// The ClientName member.
        /// </summary>
        [AWSProperty(Min = 1, Max = 128)]
        public string ClientName
        {
            get { return this._clientName; }
            set { this._clientName = value; }
        }

        /// <summary>True when ClientName would be sent on the wire.</summary>
        internal bool IsSetClientName()
        {
            return this._clientName != null;
        }

        /// <summary>
        /// The ClientSecret member.
        /// </summary>
        [AWSProperty(Sensitive = true, Min = 1, Max = 64)]
        public string ClientSecret
        {
            get { return this._clientSecret; }
            set { this._clientSecret = value; }
        }

        /// <summary>True when ClientSecret would be sent on the wire.</summary>
        internal bool IsSetClientSecret()
        {
            return this._clientSecret != null;
        }

        /// <summary>
        /// The CreationDate member.
        /// </summary>
        public DateTime? CreationDate
        {
            get { return this._creationDate; }
            set { this._creationDate = value; }
        }

        /// <summary>True when CreationDate would be sent on the wire.</summary>
        internal bool IsSetCreationDate()
        {
            return this._creationDate.HasValue;
        }

        /// <summary>
        /// The DefaultRedirectURI member.
        /// </summary>
        [AWSProperty(Min = 1, Max = 1024)]
        public string DefaultRedirectURI
        {
            get { return this._defaultRedirectURI; }
            set { this._defaultRedirectURI = value; }
        }

        /// <summary>True when DefaultRedirectURI would be sent on the wire.</summary>
        internal bool IsSetDefaultRedirectURI()
        {
            return this._defaultRedirectURI != null;
        }

        /// <summary>
        /// The EnablePropagateAdditionalUserContextData member.
        /// </summary>
        public bool? EnablePropagateAdditionalUserContextData
        {
            get { return this._enablePropagateAdditionalUserContextData; }
            set { this._enablePropagateAdditionalUserContextData = value; }
        }

        /// <summary>True when EnablePropagateAdditionalUserContextData would be sent on the wire.</summary>
        internal bool IsSetEnablePropagateAdditionalUserContextData()
        {
            return this._enablePropagateAdditionalUserContextData.HasValue;
        }

        /// <summary>
        /// The EnableTokenRevocation member.
        /// </summary>
        public bool? EnableTokenRevocation
        {
            get { return this._enableTokenRevocation; }
            set { this._enableTokenRevocation = value; }
        }

        /// <summary>True when EnableTokenRevocation would be sent on the wire.</summary>
        internal bool IsSetEnableTokenRevocation()
        {
            return this._enableTokenRevocation.HasValue;
        }

        /// <summary>
        /// The ExplicitAuthFlows list. Starts as null unless AWSConfigs.InitializeCollections is true.
        /// </summary>
        public List<string> ExplicitAuthFlows
        {
            get { return this._explicitAuthFlows; }
            set { this._explicitAuthFlows = value; }
        }

        /// <summary>True when ExplicitAuthFlows would be sent on the wire.</summary>
        internal bool IsSetExplicitAuthFlows()
        {
            return this._explicitAuthFlows != null && (this._explicitAuthFlows.Count > 0 || !AWSConfigs.InitializeCollections);
        }

        /// <summary>
        /// The IdTokenValidity member.
        /// </summary>
        [AWSProperty(Min = 1, Max = 86400)]
        public int? IdTokenValidity
        {
            get { return this._idTokenValidity; }
            set { this._idTokenValidity = value; }
        }

        /// <summary>True when IdTokenValidity would be sent on the wire.</summary>
        internal bool IsSetIdTokenValidity()
        {
            return this._idTokenValidity.HasValue;
        }

        /// <summary>
        /// The LastModifiedDate member.
        /// </summary>
        public DateTime? LastModifiedDate
        {
            get { return this._lastModifiedDate; }
            set { this._lastModifiedDate = value; }
        }

        /// <summary>True when LastModifiedDate would be sent on the wire.</summary>
        internal bool IsSetLastModifiedDate()
        {
            return this._lastModifiedDate.HasValue;
        }

        /// <summary>
        /// The LogoutURLs list. Starts as null unless AWSConfigs.InitializeCollections is true.
        /// </summary>
        [AWSProperty(Min = 0, Max = 100)]
        public List<string> LogoutURLs
        {
            get { return this._logoutURLs; }
            set { this._logoutURLs = value; }
        }

        /// <summary>True when LogoutURLs would be sent on the wire.</summary>
        internal bool IsSetLogoutURLs()
        {
            return this._logoutURLs != null && (this._logoutURLs.Count > 0 || !AWSConfigs.InitializeCollections);
        }

        /// <summary>
        /// The PreventUserExistenceErrors member.
        /// </summary>
        public PreventUserExistenceErrorTypes PreventUserExistenceErrors
        {
            get { return this._preventUserExistenceErrors; }
            set { this._preventUserExistenceErrors = value; }
        }

        /// <summary>True when PreventUserExistenceErrors would be sent on the wire.</summary>
        internal bool IsSetPreventUserExistenceErrors()
        {
            return this._preventUserExistenceErrors != null;
        }

        /// <summary>
        /// The ReadAttributes list. Starts as null unless AWSConfigs.InitializeCollections is true.
        /// </summary>
        public List<string> ReadAttributes
        {
            get { return this._readAttributes; }
            set { this._readAttributes = value; }
        }

        /// <summary>True when ReadAttributes would be sent on the wire.</summary>
        internal bool IsSetReadAttributes()
        {
            return this._readAttributes != null && (this._readAttributes.Count > 0 || !AWSConfigs.InitializeCollections);
        }

        /// <summary>
        /// The RefreshTokenRotation member.
        /// </summary>
        public RefreshTokenRotationType RefreshTokenRotation
        {
            get { return this._refreshTokenRotation; }
            set { this._refreshTokenRotation = value; }
        }

        /// <summary>True when RefreshTokenRotation would be sent on the wire.</summary>
        internal bool IsSetRefreshTokenRotation()
        {
            return this._refreshTokenRotation != null;
        }

        /// <summary>
        /// The RefreshTokenValidity member.
        /// </summary>
        [AWSProperty(Min = 0, Max = 315360000)]
        public int? RefreshTokenValidity
        {
            get { return this._refreshTokenValidity; }
            set { this._refreshTokenValidity = value; }
        }

        /// <summary>True when RefreshTokenValidity would be sent on the wire.</summary>
        internal bool IsSetRefreshTokenValidity()
        {
            return this._refreshTokenValidity.HasValue;
        }

        /// <summary>
        /// The SupportedIdentityProviders list. Starts as null unless AWSConfigs.InitializeCollections is true.
        /// </summary>
        public List<string> SupportedIdentityProviders
        {
            get { return this._supportedIdentityProviders; }
            set { this._supportedIdentityProviders = value; }
        }

        /// <summary>True when SupportedIdentityProviders would be sent on the wire.</summary>
        internal bool IsSetSupportedIdentityProviders()
        {
            return this._supportedIdentityProviders != null && (this._supportedIdentityProviders.Count > 0 || !AWSConfigs.InitializeCollections);
        }

        /// <summary>
        /// The TokenValidityUnits member.
        /// </summary>
        public TokenValidityUnitsType TokenValidityUnits
        {
            get { return this._tokenValidityUnits; }
            set { this._tokenValidityUnits = value; }
        }

        /// <summary>True when TokenValidityUnits would be sent on the wire.</summary>
        internal bool IsSetTokenValidityUnits()
        {
            return this._tokenValidityUnits != null;
        }

        /// <summary>
        /// The UserPoolId member.
        /// </summary>
        [AWSProperty(Min = 1, Max = 55)]
        public string UserPoolId
        {
            get { return this._userPoolId; }
            set { this._userPoolId = value; }
        }

        /// <summary>True when UserPoolId would be sent on the wire.</summary>
        internal bool IsSetUserPoolId()
        {
            return this._userPoolId != null;
        }

        /// <summary>
        /// The WriteAttributes list. Starts as null unless AWSConfigs.InitializeCollections is true.
        /// </summary>
        public List<string> WriteAttributes
        {
            get { return this._writeAttributes; }
            set { this._writeAttributes = value; }
        }

        /// <summary>True when WriteAttributes would be sent on the wire.</summary>
        internal bool IsSetWriteAttributes()
        {
            return this._writeAttributes != null && (this._writeAttributes.Count > 0 || !AWSConfigs.InitializeCollections);
        }
    }
}
