using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using R = CognitoGen.Rules.RuleCatalogue;

namespace CognitoGen.Rules
{
    /// <summary>
    /// Runs the catalogue's request rules over a definition, in the catalogue's evaluation order, reporting one finding per
    /// root cause. Plain C#, no Roslyn: the analyzers compile this same file.
    /// </summary>
    public static partial class ClientValidator
    {
        private static readonly string[] TimeUnits = { "seconds", "minutes", "hours", "days" };
        private static readonly string[] OAuthFlows = { "code", "implicit", "client_credentials" };
        private static readonly string[] LegacyAuthFlows = { "ADMIN_NO_SRP_AUTH", "CUSTOM_AUTH_FLOW_ONLY", "USER_PASSWORD_AUTH" };
        private static readonly string[] AllowAuthFlows =
        {
            "ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_CUSTOM_AUTH", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_AUTH",
        };

        private static readonly string[] StandardScopes = { "openid", "email", "phone", "profile", "aws.cognito.signin.user.admin" };
        private static readonly string[] BuiltInProviders = { "COGNITO", "Facebook", "Google", "SignInWithApple", "LoginWithAmazon" };
        private static readonly string[] StandardAttributes =
        {
            "address", "birthdate", "email", "email_verified", "family_name", "gender", "given_name", "locale", "middle_name", "name", "nickname",
            "phone_number", "phone_number_verified", "picture", "preferred_username", "profile", "sub", "updated_at", "website", "zoneinfo",
        };

        private static readonly string[] NotWritable = { "email_verified", "phone_number_verified", "sub" };

        // The model's patterns, anchored, with Java's ASCII \w and \s spelled out. \z, not $: .NET's $ also matches before a
        // final \n, which would let "abc\n" pass as hexadecimal (ClientName allows \n anyway).
        private static readonly Regex UserPoolIdPattern = new(@"^[A-Za-z0-9_-]+_[0-9a-zA-Z]+\z", RegexOptions.CultureInvariant);
        private static readonly Regex ClientNamePattern = new(@"^[A-Za-z0-9_ \t\n\x0B\f\r+=,.@-]+$", RegexOptions.CultureInvariant);
        private static readonly Regex SecretPattern = new(@"^[A-Za-z0-9_+]+\z", RegexOptions.CultureInvariant);
        private static readonly Regex HexPattern = new(@"^[0-9a-fA-F]+\z", RegexOptions.CultureInvariant);
        private static readonly Regex ArnPattern = new(
            @"^arn:[A-Za-z0-9_+=/,.@-]+:[A-Za-z0-9_+=/,.@-]+:([A-Za-z0-9_+=/,.@-]*)?:[0-9]+:[A-Za-z0-9_+=/,.@-]+(:[A-Za-z0-9_+=/,.@-]+)?(:[A-Za-z0-9_+=/,.@-]+)?\z",
            RegexOptions.CultureInvariant);
        private static readonly Regex SchemePattern = new(@"^[A-Za-z][A-Za-z0-9+.-]*:", RegexOptions.CultureInvariant);
        // The catalogue's loopback pattern, with # also ending the host (as in Host()): a fragment is CGEN3005's finding alone.
        private static readonly Regex LoopbackPattern = new(@"^http://(localhost|127\.0\.0\.1|\[::1\])(:[0-9]+)?([/?#].*)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Singleline);

        /// <summary>Checks <paramref name="definition"/>; <paramref name="userPoolId"/> enables the pool-ID and analytics-region rules.</summary>
        public static IReadOnlyList<RuleFinding> Validate(UserPoolClientDefinition definition, string? userPoolId = null, ClientOperation operation = ClientOperation.Create) =>
            Validate(definition, pool: null, userPoolId, operation);

        /// <summary>
        /// Checks <paramref name="definition"/> against what is known about its user pool: with <paramref name="pool"/>,
        /// the 8xxx rules decide what the pool-dependent infos (CGEN2015, CGEN6006, CGEN6007) can only point at, for each
        /// part of the pool that is known; unknown parts change nothing.
        /// </summary>
        /// <param name="definition">The client.</param>
        /// <param name="pool">What is known about the pool, or null for nothing.</param>
        /// <param name="userPoolId">The target pool ID; when null, the context's pool ID is used.</param>
        /// <param name="operation">Create or update.</param>
        /// <param name="clientId">For an update: the client's ID, to compare with the deployed client the context describes.</param>
        public static IReadOnlyList<RuleFinding> Validate(UserPoolClientDefinition definition, Pool.UserPoolContext? pool, string? userPoolId = null, ClientOperation operation = ClientOperation.Create, string? clientId = null)
        {
            if (definition is null) throw new ArgumentNullException(nameof(definition));
            var run = new Run(definition, userPoolId ?? pool?.UserPoolId, operation, pool ?? Pool.UserPoolContext.Unknown, clientId);
            run.Execute();
            return run.Findings;
        }

        private sealed partial class Run
        {
            private readonly UserPoolClientDefinition _d;
            private readonly string? _poolId;
            private readonly ClientOperation _operation;

            public Run(UserPoolClientDefinition d, string? poolId, ClientOperation operation, Pool.UserPoolContext pool, string? clientId)
            {
                _d = d;
                _poolId = poolId;
                _operation = operation;
                _pool = pool;
                _deployed = operation == ClientOperation.Update && clientId is not null ? pool.FindClient(clientId) : null;
            }

            public List<RuleFinding> Findings { get; } = new();

            private string Verb => _operation == ClientOperation.Create ? "creating" : "updating";

            private bool OAuthEnabled => _d.AllowedOAuthFlowsUserPoolClient == true;

            /// <summary>"Has a secret": generated, supplied, or promised at run time by the declaration.</summary>
            private bool HasSecret => _d.GenerateSecret == true || (_d.ClientSecret is { } s && IsValidSecret(s)) || _d.ClientSecretSuppliedAtRuntime;

            private void Add(Rule rule, string message, string member, int? index = null) => Findings.Add(new RuleFinding(rule, message, member, index));

            /// <summary>A finding whose message ends in "Did you mean '…'?" when a nearby valid value exists, carried as its <see cref="RuleFinding.Suggestion"/> too.</summary>
            private void Suggest(Rule rule, string message, string member, int? index, string? suggestion) =>
                Findings.Add(new RuleFinding(rule, message + NameSuggestion.DidYouMean(suggestion), member, index, suggestion));

            public void Execute()
            {
                PoolAndName();
                Secrets();
                Tokens();
                Attributes();
                AuthFlows();
                IdentityProviders();
                Urls();
                OAuth();
                Analytics();
                Behaviour();
                Duplicates();
                UpdateAgainstDeployed();
            }

            private void PoolAndName()
            {
                if (_poolId is { } pool && !PoolIdValid(pool))
                {
                    Add(R.UserPoolIdFormat, $"User pool ID '{Shorten(pool)}' is malformed: Cognito answers InvalidParameterException (Value '{Shorten(pool)}' at 'userPoolId' failed to satisfy constraint: it must be 1-55 characters matching [\\w-]+_[0-9a-zA-Z]+, e.g. us-west-2_EXAMPLE).", "UserPoolId");
                }

                var name = _d.ClientName ?? string.Empty;
                if (name.Length < 1 || name.Length > 128 || !ClientNamePattern.IsMatch(name))
                {
                    var why = name.Length == 0 ? "it is empty" : name.Length > 128 ? $"it has {name.Length} characters, more than 128" : "it has a character outside letters, digits, _, whitespace and + = , . @ -";
                    Add(R.ClientNameFormat, $"ClientName '{Shorten(name)}' is invalid ({why}): Cognito answers InvalidParameterException (Value at 'clientName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w\\s+=,.@-]+).", "ClientName");
                }
            }

            private void Secrets()
            {
                if (_operation != ClientOperation.Create) return;
                if (_d.ClientSecret is { } secret && !IsValidSecret(secret))
                {
                    // Never quote the secret itself.
                    Add(R.ClientSecretFormat, $"The custom ClientSecret ({secret.Length} characters) must be 24-64 characters of letters, digits, _ and +: Cognito answers InvalidParameterException (Value at 'clientSecret' failed to satisfy constraint).", "ClientSecret");
                }

                if (_d.GenerateSecret == true && (_d.ClientSecret is not null || _d.ClientSecretSuppliedAtRuntime))
                {
                    Add(R.ClientSecretConflictsGenerateSecret, "GenerateSecret is true and a custom ClientSecret is also given: the API accepts one or the other, so Cognito rejects the request; either let Cognito generate the secret or bring your own.", "GenerateSecret");
                }
            }

            private static bool IsValidSecret(string secret) => secret.Length >= 24 && secret.Length <= 64 && SecretPattern.IsMatch(secret);

            private void Tokens()
            {
                var units = _d.TokenValidityUnits;
                var unitOk = new Dictionary<string, bool>();
                foreach (var (member, value) in new[] { ("AccessToken", units?.AccessToken), ("IdToken", units?.IdToken), ("RefreshToken", units?.RefreshToken) })
                {
                    unitOk[member] = value is null || TimeUnits.Contains(value);
                    if (!unitOk[member])
                    {
                        Add(R.TokenValidityUnitsEnum, $"TokenValidityUnits.{member} '{Shorten(value!)}' is not a unit: Cognito answers InvalidParameterException (Member must satisfy enum value set: [seconds, minutes, hours, days]).", "TokenValidityUnits." + member);
                    }
                }

                var rangeError = false;
                var access = Token("AccessTokenValidity", _d.AccessTokenValidity, units?.AccessToken, "hours", 1, 86400, 300, 86400, unitOk["AccessToken"], "5 minutes to 1 day", ref rangeError);
                var id = Token("IdTokenValidity", _d.IdTokenValidity, units?.IdToken, "hours", 1, 86400, 300, 86400, unitOk["IdToken"], "5 minutes to 1 day", ref rangeError);
                var refresh = Token("RefreshTokenValidity", _d.RefreshTokenValidity, units?.RefreshToken, "days", 0, 315360000, 3600, 315360000, unitOk["RefreshToken"], "60 minutes to 10 years", ref rangeError);

                if (_d.RefreshTokenValidity == 0)
                {
                    Add(R.RefreshTokenValidityZero, "RefreshTokenValidity is 0: Cognito accepts it but silently stores its 30-day default instead; write the lifetime you mean.", "RefreshTokenValidity");
                }

                if (rangeError || !unitOk.Values.All(ok => ok)) return;

                // Omitted values take Cognito's defaults: 1 hour for access and ID tokens, 30 days for refresh tokens (also for 0).
                var accessSeconds = access ?? 3600;
                var idSeconds = id ?? 3600;
                var refreshSeconds = refresh is null or 0 ? 2592000 : refresh.Value;
                var offenders = new List<(string Member, long Seconds)>();
                if (accessSeconds > refreshSeconds) offenders.Add(("AccessTokenValidity", accessSeconds));
                if (idSeconds > refreshSeconds) offenders.Add(("IdTokenValidity", idSeconds));

                // Refresh tokens last at least 60 minutes, so only a declared access or ID lifetime can exceed them.
                const string Answer = "Cognito answers InvalidParameterException: Access and Id Token expiration times must be less than or equal to refresh token expiration times.";
                foreach (var o in offenders)
                {
                    var value = o.Member == "AccessTokenValidity" ? _d.AccessTokenValidity : _d.IdTokenValidity;
                    Add(R.TokenValidityOrder, $"{o.Member} {value?.ToString(CultureInfo.InvariantCulture)} ({Duration(o.Seconds)}) is longer than the refresh token lifetime ({Duration(refreshSeconds)}): {Answer}", o.Member);
                }
            }

            /// <summary>Checks one validity; returns its effective seconds, or null when it is not declared or not checkable.</summary>
            private long? Token(string member, int? value, string? unit, string defaultUnit, long rawMin, long rawMax, long minSeconds, long maxSeconds, bool unitOk, string range, ref bool rangeError)
            {
                if (value is not int v || !unitOk) return null;
                var effectiveUnit = unit ?? defaultUnit;
                var seconds = (long)v * UnitSeconds(effectiveUnit);
                var rawBad = v < rawMin || v > rawMax;
                var zeroRefresh = member == "RefreshTokenValidity" && v == 0;
                if (rawBad || (!zeroRefresh && (seconds < minSeconds || seconds > maxSeconds)))
                {
                    rangeError = true;
                    Add(R.TokenValidityRange, $"{member} {v} {effectiveUnit}{InOtherUnits(v, effectiveUnit, seconds)} is outside {range}: Cognito answers InvalidParameterException: Invalid range for token validity.", member);
                }

                return seconds;
            }

            private static long UnitSeconds(string unit) => unit switch
            {
                "seconds" => 1,
                "minutes" => 60,
                "hours" => 3600,
                _ => 86400,
            };

            /// <summary>" (1 hour(s))" for 3600 seconds; empty when the duration would only repeat the value and unit ("2 minutes").</summary>
            private static string InOtherUnits(int value, string unit, long seconds)
            {
                var duration = Duration(seconds);
                return duration == $"{value} {unit.TrimEnd('s')}(s)" ? string.Empty : " (" + duration + ")";
            }

            private static string Duration(long seconds) =>
                seconds % 86400 == 0 ? $"{seconds / 86400} day(s)" :
                seconds % 3600 == 0 ? $"{seconds / 3600} hour(s)" :
                seconds % 60 == 0 ? $"{seconds / 60} minute(s)" : $"{seconds} second(s)";

            private void Attributes()
            {
                var read = _d.ReadAttributes;
                var write = _d.WriteAttributes;
                CheckAttributeNames("ReadAttributes", read, "read");
                CheckAttributeNames("WriteAttributes", write, "write");
                if (write is null) return;
                PoolRequiredWritable(write);

                for (var i = 0; i < write.Count; i++)
                {
                    var name = write[i];
                    if (NotWritable.Contains(name, StringComparer.Ordinal))
                    {
                        Add(R.WriteAttributesNotWritable, $"WriteAttributes contains '{Shorten(name)}', which no app client may write: Cognito answers InvalidParameterException: Invalid write attributes specified while {Verb} a client.", "WriteAttributes", i);
                    }
                    else if (read is not null && IsValidAttributeName(name) && !read.Contains(name, StringComparer.Ordinal))
                    {
                        Add(R.WriteAttributeNotReadable, $"'{Shorten(name)}' is writable but not in ReadAttributes: the client can write a value it cannot read back.", "WriteAttributes", i);
                    }
                }
            }

            private void CheckAttributeNames(string member, IReadOnlyList<string>? names, string kind)
            {
                if (names is null) return;
                for (var i = 0; i < names.Count; i++)
                {
                    var name = names[i] ?? string.Empty;
                    if (name.Length < 1 || name.Length > 2048)
                    {
                        Add(R.AttributeNameFormat, $"{member} entry '{Shorten(name)}' has {name.Length} characters; names are 1-2048: Cognito answers InvalidParameterException (validation error at '{Camel(member)}').", member, i);
                    }
                    else if (!StandardAttributes.Contains(name, StringComparer.Ordinal) && !IsCustomAttribute(name))
                    {
                        Suggest(R.AttributeNameUnknown, $"'{Shorten(name)}' is neither a standard attribute nor custom:/dev:custom: prefixed, so no pool can have it: Cognito answers InvalidParameterException: Invalid {kind} attributes specified while {Verb} a client.", member, i, NameSuggestion.Nearest(name, StandardAttributes));
                    }
                    else if (IsCustomAttribute(name) && (member == "ReadAttributes" || !(_d.ReadAttributes?.Contains(name, StringComparer.Ordinal) ?? false))
                        && !PoolDecidesAttribute(name, member, kind, i))
                    {
                        // Reported once per custom attribute: on its read entry, or on the write entry when it is not also read.
                        Add(R.CustomAttributeUnverified, $"'{Shorten(name)}' must exist in the user pool schema, or Cognito answers InvalidParameterException: Invalid {kind} attributes specified while {Verb} a client.", member, i);
                    }
                }
            }

            private static bool IsCustomAttribute(string name) =>
                (name.StartsWith("custom:", StringComparison.Ordinal) && name.Length > 7) || (name.StartsWith("dev:custom:", StringComparison.Ordinal) && name.Length > 11);

            private static bool IsValidAttributeName(string name) =>
                name.Length >= 1 && name.Length <= 2048 && (StandardAttributes.Contains(name, StringComparer.Ordinal) || IsCustomAttribute(name));

            private void AuthFlows()
            {
                var flows = _d.ExplicitAuthFlows;
                var rotation = _d.RefreshTokenRotation;
                var rotationEnabled = rotation?.Feature == "ENABLED";
                if (flows is null)
                {
                    if (rotationEnabled)
                    {
                        Add(R.RefreshTokenRotationDefaultAuthFlows, "Refresh token rotation is ENABLED but ExplicitAuthFlows is omitted: the default flows include ALLOW_REFRESH_TOKEN_AUTH, which rotation needs turned off; list the flows explicitly without it.", "RefreshTokenRotation.Feature");
                    }

                    return;
                }

                var allValid = true;
                for (var i = 0; i < flows.Count; i++)
                {
                    if (!LegacyAuthFlows.Contains(flows[i]) && !AllowAuthFlows.Contains(flows[i]))
                    {
                        allValid = false;
                        Suggest(R.ExplicitAuthFlowsEnum, $"ExplicitAuthFlows value '{Shorten(flows[i])}' is not an auth flow: Cognito answers InvalidParameterException (Member must satisfy enum value set: [{string.Join(", ", AllowAuthFlows.Concat(LegacyAuthFlows))}]).", "ExplicitAuthFlows", i, NameSuggestion.Nearest(flows[i] ?? string.Empty, AllowAuthFlows.Concat(LegacyAuthFlows)));
                    }
                }

                var firstLegacy = IndexOf(flows, f => LegacyAuthFlows.Contains(f));
                var hasAllow = flows.Any(f => AllowAuthFlows.Contains(f));
                if (firstLegacy >= 0 && hasAllow)
                {
                    Add(R.ExplicitAuthFlowsLegacyMix, $"ExplicitAuthFlows mixes the legacy '{Shorten(flows[firstLegacy])}' with ALLOW_ flows: Cognito answers InvalidParameterException: Auth flow name with prefix 'ALLOW' cannot be used with legacy auth flow names.", "ExplicitAuthFlows", firstLegacy);
                }
                else if (firstLegacy >= 0 && allValid)
                {
                    Add(R.ExplicitAuthFlowsLegacyDeprecated, $"ExplicitAuthFlows uses only legacy names ('{Shorten(flows[firstLegacy])}'), which are deprecated: use the ALLOW_ values.", "ExplicitAuthFlows", firstLegacy);
                }

                var refreshIndex = IndexOf(flows, f => f == "ALLOW_REFRESH_TOKEN_AUTH");
                if (flows.Count > 0 && allValid && firstLegacy < 0 && refreshIndex < 0 && !rotationEnabled)
                {
                    Add(R.RefreshTokenAuthRequired, "ExplicitAuthFlows lacks ALLOW_REFRESH_TOKEN_AUTH: Cognito answers InvalidParameterException: REFRESH_TOKEN_AUTH should always be allowed.", "ExplicitAuthFlows");
                }

                if (rotationEnabled && refreshIndex >= 0)
                {
                    Add(R.RefreshTokenRotationConflictsRefreshTokenAuth, "Refresh token rotation is ENABLED and ExplicitAuthFlows lists ALLOW_REFRESH_TOKEN_AUTH: Cognito rejects the request; with rotation, refresh goes through GetTokensFromRefreshToken, so remove the flow.", "ExplicitAuthFlows", refreshIndex);
                }

                for (var i = 0; i < flows.Count; i++)
                {
                    if (flows[i] is "ALLOW_USER_PASSWORD_AUTH" or "USER_PASSWORD_AUTH")
                    {
                        Add(R.UserPasswordAuthPlaintext, $"'{Shorten(flows[i])}' lets the app send the user's plaintext password to Cognito; Cognito accepts it, but SRP (ALLOW_USER_SRP_AUTH) proves the password without sending it.", "ExplicitAuthFlows", i);
                    }
                    else if (flows[i] == "ALLOW_USER_AUTH")
                    {
                        Add(R.UserAuthRequiresEssentials, "ALLOW_USER_AUTH (choice-based sign-in) needs the user pool on the Essentials tier or higher; on a lower tier Cognito refuses it (probably with FeatureUnavailableInTierException).", "ExplicitAuthFlows", i);
                    }
                }
            }

            private void IdentityProviders()
            {
                var idps = _d.SupportedIdentityProviders;
                if (idps is null) return;
                var external = false;
                for (var i = 0; i < idps.Count; i++)
                {
                    var name = idps[i] ?? string.Empty;
                    if (name.Length < 1 || name.Length > 32 || !AllCodePoints(name, IsIdpCategory))
                    {
                        Add(R.SupportedIdpNameFormat, $"Identity provider name '{Shorten(name)}' must be 1-32 characters without control characters: Cognito answers InvalidParameterException (validation error at 'supportedIdentityProviders').", "SupportedIdentityProviders", i);
                        continue;
                    }

                    if (name == "COGNITO") continue;
                    external |= !string.Equals(name, "COGNITO", StringComparison.OrdinalIgnoreCase);
                    if (PoolDecidesIdentityProvider(name, i)) continue;
                    var builtin = BuiltInProviders.FirstOrDefault(b => string.Equals(b, name, StringComparison.OrdinalIgnoreCase));
                    if (builtin is not null && builtin != name)
                    {
                        Add(R.SupportedIdpBuiltinCasing, $"Identity provider '{Shorten(name)}' differs from the built-in '{Shorten(builtin)}' only in letter case; names are case-sensitive, so Cognito will likely answer: The provider {Shorten(name)} does not exist for User Pool.", "SupportedIdentityProviders", i);
                    }
                    else
                    {
                        Add(R.SupportedIdpUnverified, $"Identity provider '{Shorten(name)}' must be configured in the user pool under exactly this name, or Cognito answers InvalidParameterException: The provider {Shorten(name)} does not exist for User Pool.", "SupportedIdentityProviders", i);
                    }
                }

                if (external && _d.WriteAttributes is not null)
                {
                    Add(R.WriteAttributesIdpMapping, "This client signs in through external identity providers: WriteAttributes must include every attribute their attribute mappings write, or federated sign-in fails at run time.", "WriteAttributes");
                }
            }

            private void Urls()
            {
                UrlList("CallbackURLs", _d.CallbackURLs, R.CallbackUrlsMaxItems);
                UrlList("LogoutURLs", _d.LogoutURLs, R.LogoutUrlsMaxItems);
                // A default redirect URI that is also a callback URL was checked there: one finding per root cause.
                var inCallbacks = _d.DefaultRedirectURI is { } uri && (_d.CallbackURLs?.Contains(uri, StringComparer.Ordinal) ?? false);
                if (_d.DefaultRedirectURI is { } redirect && !inCallbacks && Url("DefaultRedirectURI", redirect, null))
                {
                    Add(R.DefaultRedirectUriInCallbacks, $"DefaultRedirectURI '{Shorten(redirect)}' is not one of the CallbackURLs (exact match, case and trailing slash included): Cognito answers InvalidParameterException: The default redirect URI {Shorten(redirect)} is not in the callback URIs list.", "DefaultRedirectURI");
                }
            }

            private void UrlList(string member, IReadOnlyList<string>? urls, Rule maxItems)
            {
                if (urls is null) return;
                if (urls.Count > 100)
                {
                    Add(maxItems, $"{member} has {urls.Count} entries: Cognito answers InvalidParameterException (Member must have length less than or equal to 100).", member);
                }

                for (var i = 0; i < urls.Count; i++) Url(member, urls[i] ?? string.Empty, i);
            }

            /// <summary>Checks one URL in the catalogue's order; returns whether it passed the format rule.</summary>
            private bool Url(string member, string url, int? index)
            {
                if (url.Length < 1 || url.Length > 1024 || !AllCodePoints(url, IsUrlCategory))
                {
                    var why = url.Length == 0 ? "it is empty" : url.Length > 1024 ? $"it has {url.Length} characters, more than 1024" : "it contains whitespace or a control character";
                    Add(R.RedirectUrlFormat, $"{member} value '{Shorten(url)}' is invalid ({why}): Cognito answers InvalidParameterException (Member must satisfy regular expression pattern: [\\p{{L}}\\p{{M}}\\p{{S}}\\p{{N}}\\p{{P}}]+).", member, index);
                    return false;
                }

                if (!SchemePattern.IsMatch(url))
                {
                    Add(R.RedirectUrlAbsolute, $"{member} value '{Shorten(url)}' has no scheme: Cognito requires an absolute URL such as https://app.example.com/callback or myapp://callback.", member, index);
                    return true;
                }

                if (url.IndexOf('#') >= 0)
                {
                    Add(R.RedirectUrlFragment, $"{member} value '{Shorten(url)}' has a fragment: Cognito answers InvalidParameterException: {Shorten(url)} cannot use fragment.", member, index);
                }

                if (url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !LoopbackPattern.IsMatch(url))
                {
                    Add(R.RedirectUrlHttps, $"{member} value '{Shorten(url)}' uses http:// for a host other than localhost: Cognito answers InvalidParameterException: {Shorten(url)} cannot use the HTTP protocol. Use https://.", member, index);
                }

                if (Host(url).IndexOf('*') >= 0)
                {
                    Add(R.RedirectUrlWildcard, $"{member} value '{Shorten(url)}' has a * in its host: Cognito compares redirect URLs by exact string, so it matches no real redirect; list each URL.", member, index);
                }

                return true;
            }

            private static string Host(string url)
            {
                var start = url.IndexOf("://", StringComparison.Ordinal);
                if (start < 0) return string.Empty;
                start += 3;
                var end = url.IndexOfAny(new[] { '/', '?', '#' }, start);
                var authority = end < 0 ? url.Substring(start) : url.Substring(start, end - start);
                // user:password@ comes before the host.
                return authority.Substring(authority.LastIndexOf('@') + 1);
            }

            private void OAuth()
            {
                var flows = _d.AllowedOAuthFlows;
                var scopes = _d.AllowedOAuthScopes;

                if (flows is not null)
                {
                    for (var i = 0; i < flows.Count; i++)
                    {
                        if (!OAuthFlows.Contains(flows[i]))
                        {
                            Suggest(R.OAuthFlowsEnum, $"AllowedOAuthFlows value '{Shorten(flows[i])}' is not an OAuth flow: Cognito answers InvalidParameterException (Value '[{Shorten(flows[i])}]' at 'allowedOAuthFlows' failed to satisfy constraint: Member must satisfy enum value set: [implicit, client_credentials, code]).", "AllowedOAuthFlows", i, NameSuggestion.Nearest(flows[i] ?? string.Empty, OAuthFlows));
                        }
                    }

                    if (flows.Count > 3)
                    {
                        Add(R.OAuthFlowsMaxItems, $"AllowedOAuthFlows has {flows.Count} entries: Cognito answers InvalidParameterException (Member must have length less than or equal to 3).", "AllowedOAuthFlows");
                    }
                }

                if (scopes is not null)
                {
                    if (scopes.Count > 50)
                    {
                        Add(R.OAuthScopesMaxItems, $"AllowedOAuthScopes has {scopes.Count} entries: Cognito answers InvalidParameterException (Member must have length less than or equal to 50).", "AllowedOAuthScopes");
                    }

                    for (var i = 0; i < scopes.Count; i++)
                    {
                        var scope = scopes[i] ?? string.Empty;
                        if (scope.Length < 1 || scope.Length > 256 || !scope.All(c => c == 0x21 || (c >= 0x23 && c <= 0x5B) || (c >= 0x5D && c <= 0x7E)))
                        {
                            Add(R.OAuthScopeFormat, $"AllowedOAuthScopes value '{Shorten(scope)}' must be 1-256 printable ASCII characters without space, \" or \\: Cognito answers InvalidParameterException (Member must satisfy regular expression pattern: [\\x21\\x23-\\x5B\\x5D-\\x7E]+).", "AllowedOAuthScopes", i);
                        }
                        else if (!StandardScopes.Contains(scope) && !IsResourceServerScope(scope))
                        {
                            Suggest(R.OAuthScopeUnknown, $"OAuth scope '{Shorten(scope)}' is not a standard scope (openid, email, phone, profile, aws.cognito.signin.user.admin) nor a resource-server scope 'identifier/name': Cognito answers ScopeDoesNotExistException: Invalid scope requested: {Shorten(scope)}.", "AllowedOAuthScopes", i, NameSuggestion.Nearest(scope, StandardScopes));
                        }
                        else if (IsResourceServerScope(scope) && !PoolDecidesScope(scope, i))
                        {
                            Add(R.CustomScopeUnverified, $"Custom scope '{Shorten(scope)}' must be defined on a resource server of the pool, or Cognito answers ScopeDoesNotExistException: Invalid scope requested: {Shorten(scope)}.", "AllowedOAuthScopes", i);
                        }
                    }
                }

                if (!OAuthEnabled)
                {
                    var set = new[]
                    {
                        ("AllowedOAuthFlows", flows is { Count: > 0 }), ("AllowedOAuthScopes", scopes is { Count: > 0 }),
                        ("CallbackURLs", _d.CallbackURLs is { Count: > 0 }), ("LogoutURLs", _d.LogoutURLs is { Count: > 0 }),
                        ("DefaultRedirectURI", _d.DefaultRedirectURI is not null),
                    }.Where(m => m.Item2).Select(m => m.Item1).ToList();
                    if (set.Count > 0)
                    {
                        var flag = _d.AllowedOAuthFlowsUserPoolClient is null ? "is not set" : "is false";
                        Add(R.OAuthSettingsWithoutOAuthFlag, $"AllowedOAuthFlowsUserPoolClient {flag}, so {string.Join(", ", set)} stay inactive: Cognito accepts the request, but the OAuth features are off until the flag is true.",
                            _d.AllowedOAuthFlowsUserPoolClient is null ? set[0] : "AllowedOAuthFlowsUserPoolClient");
                    }

                    return;
                }

                if (flows is not { Count: > 0 } || scopes is not { Count: > 0 })
                {
                    var missing = flows is not { Count: > 0 } && scopes is not { Count: > 0 } ? "AllowedOAuthFlows and AllowedOAuthScopes are" : flows is not { Count: > 0 } ? "AllowedOAuthFlows is" : "AllowedOAuthScopes is";
                    Add(R.OAuthFlowsScopesRequired, $"OAuth is enabled but {missing} missing: Cognito answers InvalidParameterException: AllowedOAuthFlows and AllowedOAuthScopes are required if user pool client is allowed to use OAuth flows.", "AllowedOAuthFlowsUserPoolClient");
                }

                if (flows is null) return;
                var userFlow = IndexOf(flows, f => f is "code" or "implicit");
                var clientCredentials = IndexOf(flows, f => f == "client_credentials");

                if (userFlow >= 0 && _d.CallbackURLs is not { Count: > 0 })
                {
                    Add(R.OAuthCallbackRequired, $"The '{Shorten(flows[userFlow])}' flow redirects to a callback URL but CallbackURLs is empty: Cognito answers InvalidOAuthFlowException: CallbackUrls can not be empty when code flow or implicit flow is selected.", "AllowedOAuthFlows", userFlow);
                }

                if (clientCredentials >= 0 && userFlow >= 0)
                {
                    Add(R.ClientCredentialsExclusive, $"client_credentials is combined with '{Shorten(flows[userFlow])}': Cognito answers InvalidOAuthFlowException: client_credentials flow can not be selected along with code flow or implicit flow.", "AllowedOAuthFlows", clientCredentials);
                }

                if (clientCredentials >= 0 && !HasSecret && _operation == ClientOperation.Create)
                {
                    Add(R.ClientCredentialsRequiresSecret, "client_credentials is allowed but the client has no secret (GenerateSecret is not true and no custom secret is declared): Cognito answers InvalidOAuthFlowException: client_credentials flow can not be selected if client does not have a client secret.", "AllowedOAuthFlows", clientCredentials);
                }
                else if (clientCredentials >= 0 && _deployed is { HasSecret: false } deployed)
                {
                    // An update cannot add a secret: only the deployed client decides.
                    Add(R.ClientCredentialsRequiresSecret, $"client_credentials is allowed but the deployed client {Shorten(deployed.ClientId)} has no secret, and an update cannot add one: Cognito answers InvalidOAuthFlowException: client_credentials flow can not be selected if client does not have a client secret. Create a new client with GenerateSecret = true.", "AllowedOAuthFlows", clientCredentials);
                }

                if (userFlow >= 0 || clientCredentials >= 0) PoolDomain(flows, userFlow >= 0 ? userFlow : clientCredentials);

                if (clientCredentials >= 0 && scopes is not null)
                {
                    for (var i = 0; i < scopes.Count; i++)
                    {
                        if (StandardScopes.Contains(scopes[i]))
                        {
                            Add(R.ClientCredentialsCustomScopesOnly, $"Scope '{Shorten(scopes[i])}' is a user scope, but this is a client_credentials client: Cognito answers InvalidOAuthFlowException: {scopes[i]} is not supported with client_credentials flow.", "AllowedOAuthScopes", i);
                        }
                    }
                }

                if (clientCredentials < 0 && scopes is not null && !scopes.Contains("openid"))
                {
                    var oidc = IndexOf(scopes, s => s is "email" or "phone" or "profile");
                    if (oidc >= 0)
                    {
                        Add(R.OidcScopesRequireOpenId, $"Scope '{Shorten(scopes[oidc])}' only releases claims in an OpenID Connect request, but 'openid' is not allowed: add openid.", "AllowedOAuthScopes", oidc);
                    }
                }

                if (userFlow >= 0 && _d.SupportedIdentityProviders is not { Count: > 0 })
                {
                    Add(R.OAuthWithoutIdentityProviders, $"The '{Shorten(flows[userFlow])}' flow signs users in through managed login, but SupportedIdentityProviders is empty: users would have no sign-in option; add COGNITO or a configured provider.", "AllowedOAuthFlows", userFlow);
                }

                var implicitIndex = IndexOf(flows, f => f == "implicit");
                if (implicitIndex >= 0)
                {
                    Add(R.ImplicitFlowDiscouraged, "The implicit grant returns tokens in the browser URL, where history, logs and referrers can leak them; RFC 9700 says not to use it. Cognito accepts it, but use the code grant with PKCE.", "AllowedOAuthFlows", implicitIndex);
                }
            }

            private void Analytics()
            {
                if (_d.AnalyticsConfiguration is not { } a) return;
                if (a.ApplicationId is { } appId && !HexPattern.IsMatch(appId))
                {
                    Add(R.AnalyticsApplicationIdFormat, $"Analytics ApplicationId '{Shorten(appId)}' is not hexadecimal: Cognito answers InvalidParameterException (Member must satisfy regular expression pattern: ^[0-9a-fA-F]+$).", "AnalyticsConfiguration.ApplicationId");
                }

                var arnOk = true;
                foreach (var (member, arn) in new[] { ("ApplicationArn", a.ApplicationArn), ("RoleArn", a.RoleArn) })
                {
                    if (arn is not null && (arn.Length < 20 || arn.Length > 2048 || !ArnPattern.IsMatch(arn)))
                    {
                        arnOk &= member != "ApplicationArn";
                        Add(R.AnalyticsArnFormat, $"Analytics {member} '{Shorten(arn)}' is not a 20-2048 character ARN: Cognito answers InvalidParameterException (Member must satisfy regular expression pattern: arn:[\\w+=/,.@-]+:...).", "AnalyticsConfiguration." + member);
                    }
                }

                // Cognito stores an ApplicationArn configuration with its own service-linked role and returns both, so
                // describe output that carries that role is still the first form.
                var serviceLinkedRole = a.RoleArn?.IndexOf(":role/aws-service-role/cognito-idp.amazonaws.com/", StringComparison.Ordinal) >= 0;
                var formA = a.ApplicationArn is not null && a.ApplicationId is null && (a.RoleArn is null || serviceLinkedRole) && a.ExternalId is null;
                var formB = a.ApplicationArn is null && a.ApplicationId is not null && a.RoleArn is not null && a.ExternalId is not null;
                if (!formA && !formB)
                {
                    Add(R.AnalyticsConfigShape, "AnalyticsConfiguration must be either ApplicationArn alone, or ApplicationId with RoleArn and ExternalId: Cognito answers InvalidParameterException: Invalid analytics configuration given, either <application arn> or <application id, role arn, external id> are valid.", "AnalyticsConfiguration");
                }

                if (a.ApplicationArn is { } applicationArn && arnOk && PoolRegion() is { } poolRegion)
                {
                    var arnRegion = applicationArn.Split(':')[3];
                    if (arnRegion.Length > 0 && arnRegion != poolRegion)
                    {
                        if (arnRegion == "us-east-1")
                        {
                            Add(R.AnalyticsUsEast1Fallback, $"Analytics project '{Shorten(applicationArn)}' is in us-east-1 but the pool is in {poolRegion}: Cognito allows this only for pools in regions without Amazon Pinpoint; elsewhere it answers: The integration with Pinpoint is not supported for the requested us-east-1 region.", "AnalyticsConfiguration.ApplicationArn");
                        }
                        else
                        {
                            Add(R.AnalyticsRegionMismatch, $"Analytics project region {Shorten(arnRegion)} differs from the pool's region {poolRegion}: Cognito answers InvalidParameterException: The integration with Pinpoint is not supported for the requested {Shorten(arnRegion)} region.", "AnalyticsConfiguration.ApplicationArn");
                        }
                    }
                }
            }

            private void Behaviour()
            {
                if (_d.PreventUserExistenceErrors is { } prevent)
                {
                    if (prevent == "LEGACY")
                    {
                        Add(R.PreventUserExistenceLegacy, "PreventUserExistenceErrors is LEGACY: sign-in, confirmation and password-reset APIs answer UserNotFoundException, which lets anyone enumerate users; use ENABLED.", "PreventUserExistenceErrors");
                    }
                    else if (prevent != "ENABLED")
                    {
                        Add(R.PreventUserExistenceErrorsEnum, $"PreventUserExistenceErrors '{Shorten(prevent)}' is not LEGACY or ENABLED: Cognito answers InvalidParameterException (Member must satisfy enum value set: [LEGACY, ENABLED]).", "PreventUserExistenceErrors");
                    }
                }
                else
                {
                    Add(R.PreventUserExistenceErrorsDefault, "PreventUserExistenceErrors is omitted, so the API default LEGACY applies and sign-in errors reveal whether a user exists; declare it ENABLED.", "PreventUserExistenceErrors");
                }

                if (_d.EnableTokenRevocation == false)
                {
                    Add(R.TokenRevocationDisabled, "EnableTokenRevocation is false: refresh tokens cannot be revoked on sign-out or compromise (rotation does not replace revocation). Cognito accepts it; leave revocation on.", "EnableTokenRevocation");
                }

                if (_d.EnablePropagateAdditionalUserContextData == true && !HasSecret && _operation == ClientOperation.Create)
                {
                    Add(R.PropagateUserContextRequiresSecret, "EnablePropagateAdditionalUserContextData is true but the client has no secret: Cognito answers InvalidParameterException: Client Secret is required to set EnablePropagateAdditionalUserContextData as true.", "EnablePropagateAdditionalUserContextData");
                }

                if (_d.AuthSessionValidity is int session && (session < 3 || session > 15))
                {
                    Add(R.AuthSessionValidityRange, $"AuthSessionValidity {session} is outside 3-15 minutes: Cognito answers InvalidParameterException (Member must have value between 3 and 15).", "AuthSessionValidity");
                }

                if (_d.RefreshTokenRotation is { } rotation)
                {
                    if (rotation.Feature is not ("ENABLED" or "DISABLED"))
                    {
                        Add(R.RefreshTokenRotationFeature, rotation.Feature is null
                            ? "RefreshTokenRotation has no Feature: SDKs and the CLI refuse the request (Missing required parameter Feature); set ENABLED or DISABLED."
                            : $"RefreshTokenRotation Feature '{Shorten(rotation.Feature)}' is not ENABLED or DISABLED: Cognito answers InvalidParameterException (Member must satisfy enum value set: [ENABLED, DISABLED]).", "RefreshTokenRotation.Feature");
                    }

                    if (rotation.RetryGracePeriodSeconds is int grace)
                    {
                        if (grace < 0 || grace > 60)
                        {
                            Add(R.RefreshTokenRotationGraceRange, $"RetryGracePeriodSeconds {grace} is outside 0-60: Cognito answers InvalidParameterException (Member must have value between 0 and 60).", "RefreshTokenRotation.RetryGracePeriodSeconds");
                        }
                        else if (grace > 0 && rotation.Feature == "DISABLED")
                        {
                            Add(R.RefreshTokenRotationGraceWithoutRotation, $"RetryGracePeriodSeconds {grace} has no effect while rotation is DISABLED: Cognito accepts it and reports 0 back.", "RefreshTokenRotation.RetryGracePeriodSeconds");
                        }
                    }
                }
            }

            private void Duplicates()
            {
                // AllowedOAuthFlows past 3 entries is already an error caused by its repeats: one finding per root cause.
                var lists = new (string Member, IReadOnlyList<string>? Values)[]
                {
                    ("ReadAttributes", _d.ReadAttributes), ("WriteAttributes", _d.WriteAttributes), ("ExplicitAuthFlows", _d.ExplicitAuthFlows),
                    ("SupportedIdentityProviders", _d.SupportedIdentityProviders), ("CallbackURLs", _d.CallbackURLs), ("LogoutURLs", _d.LogoutURLs),
                    ("AllowedOAuthFlows", _d.AllowedOAuthFlows is { Count: > 3 } ? null : _d.AllowedOAuthFlows), ("AllowedOAuthScopes", _d.AllowedOAuthScopes),
                };
                foreach (var (member, values) in lists)
                {
                    if (values is null) continue;
                    var seen = new HashSet<string>(StringComparer.Ordinal);
                    for (var i = 0; i < values.Count; i++)
                    {
                        if (values[i] is { } value && !seen.Add(value))
                        {
                            Add(R.DuplicateListValues, $"{member} repeats '{Shorten(value)}': the repeat has no effect; remove it.", member, i);
                        }
                    }
                }
            }
        }

        private static bool PoolIdValid(string pool) => pool.Length >= 1 && pool.Length <= 55 && UserPoolIdPattern.IsMatch(pool);

        /// <summary>`identifier/name`: the identifier (itself possibly a URL) before the last slash, the name after it, neither empty.</summary>
        private static bool IsResourceServerScope(string scope)
        {
            var slash = scope.LastIndexOf('/');
            return slash > 0 && slash < scope.Length - 1;
        }

        private static int IndexOf(IReadOnlyList<string> list, Func<string, bool> predicate)
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i] is { } value && predicate(value)) return i;
            }

            return -1;
        }

        private static bool AllCodePoints(string value, Func<UnicodeCategory, bool> allowed)
        {
            for (var i = 0; i < value.Length; i++)
            {
                // A surrogate pair is one code point (an emoji is a symbol); a lone surrogate is not allowed anywhere.
                var category = CharUnicodeInfo.GetUnicodeCategory(value, i);
                if (!allowed(category)) return false;
                if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) i++;
            }

            return true;
        }

        /// <summary>Letters, marks, symbols, numbers and punctuation: the redirect URL pattern.</summary>
        private static bool IsUrlCategory(UnicodeCategory c) => c switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned => false,
            UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => false,
            _ => true,
        };

        /// <summary>The identity provider pattern also allows separators (spaces).</summary>
        private static bool IsIdpCategory(UnicodeCategory c) => c switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned => false,
            _ => true,
        };

        private static string Camel(string member) => char.ToLowerInvariant(member[0]) + member.Substring(1);

        /// <summary>Long values are cut in messages so a 1 MB string cannot flood a build log.</summary>
        private static string Shorten(string value)
        {
            var shortened = value.Length <= 80 ? value : value.Substring(0, 77) + "...";
            var sb = new System.Text.StringBuilder(shortened.Length);
            foreach (var c in shortened)
            {
                // Control and separator characters are escaped so a message stays on one line and shows what is there.
                if (char.IsControl(c) || c is '\u2028' or '\u2029' || char.IsSurrogate(c)) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                else sb.Append(c);
            }

            return sb.ToString();
        }
    }
}
