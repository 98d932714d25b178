namespace CognitoGen.Generator.Model
{
    // Pipeline models: strings, bools, numbers and EquatableArray only, never symbols, syntax or locations,
    // so the incremental pipeline can compare them across edits.

    /// <summary>One annotated class: where to re-declare it and what it declares.</summary>
    internal sealed record ClientModel(
        string? Namespace,
        EquatableArray<TypeShape> Parents,
        TypeShape Type,
        string HintName,
        DefinitionModel Definition);

    /// <summary>A partial type declaration to repeat: keyword(s), escaped name and type-parameter list.</summary>
    internal sealed record TypeShape(string Keyword, string Name, string TypeParameters);

    /// <summary>Everything the attributes declare, as wire values; null means "not declared, not sent".</summary>
    internal sealed record DefinitionModel(
        string ClientName,
        bool? GenerateSecret,
        bool CustomClientSecret,
        int? RefreshTokenValidity,
        int? AccessTokenValidity,
        int? IdTokenValidity,
        UnitsModel? TokenValidityUnits,
        EquatableArray<string>? ReadAttributes,
        EquatableArray<string>? WriteAttributes,
        EquatableArray<string>? ExplicitAuthFlows,
        EquatableArray<string>? SupportedIdentityProviders,
        EquatableArray<string>? CallbackUrls,
        EquatableArray<string>? LogoutUrls,
        string? DefaultRedirectUri,
        EquatableArray<string>? AllowedOAuthFlows,
        EquatableArray<string>? AllowedOAuthScopes,
        bool? AllowedOAuthFlowsUserPoolClient,
        AnalyticsModel? Analytics,
        string? PreventUserExistenceErrors,
        bool? EnableTokenRevocation,
        bool? EnablePropagateAdditionalUserContextData,
        int? AuthSessionValidity,
        RotationModel? RefreshTokenRotation,
        EquatableArray<PendingConstant>? PendingConstants = null);

    /// <summary>
    /// An argument that did not bind in the generator's input but is written as a name, such as
    /// <c>CognitoPool.Scopes.Orders.Read</c>: a constant of the pool class the generator itself emits. Resolved against the
    /// pool names before the client is emitted (inserted into <paramref name="Member"/>'s list at <paramref name="Index"/>), else dropped.
    /// </summary>
    internal sealed record PendingConstant(string Member, int Index, string Expression);

    internal sealed record UnitsModel(string? AccessToken, string? IdToken, string? RefreshToken);

    internal sealed record AnalyticsModel(string? ApplicationId, string? ApplicationArn, string? RoleArn, string? ExternalId, bool? UserDataShared);

    internal sealed record RotationModel(string? Feature, int? RetryGracePeriodSeconds);

    /// <summary>Facts about the consuming compilation, reduced to primitives (never the Compilation itself).</summary>
    internal sealed record EnvironmentModel(
        bool CanEmit,
        bool HasSdk,
        string SdkExtensionsClass,
        EquatableArray<string> CreateRequestMembers,
        EquatableArray<string> UpdateRequestMembers,
        bool HasCdk,
        string CdkExtensionsClass,
        EquatableArray<string> CdkMembers);

    /// <summary>The part of <see cref="EnvironmentModel"/> that per-client output depends on.</summary>
    internal sealed record ClientEnvironment(bool CanEmit, bool HasSdk, string SdkExtensionsClass, bool HasCdk, string CdkExtensionsClass);
}
