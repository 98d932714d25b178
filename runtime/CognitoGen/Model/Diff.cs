using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace CognitoGen
{
    /// <summary>One member whose deployed value differs from the declared one.</summary>
    /// <param name="Member">API member path, e.g. <c>CallbackURLs</c> or <c>AnalyticsConfiguration.ApplicationArn</c>.</param>
    /// <param name="Declared">The value the definition asks for (Cognito's default when the definition leaves the member out).</param>
    /// <param name="Deployed">The value the deployed client has.</param>
    public sealed record MemberDifference(string Member, string Declared, string Deployed)
    {
        /// <summary><c>Member: declared X, deployed Y</c>.</summary>
        public override string ToString() => $"{Member}: declared {Declared}, deployed {Deployed}";
    }

    public sealed partial record UserPoolClientDefinition
    {
        private const string ServiceLinkedRole = ":role/aws-service-role/cognito-idp.amazonaws.com/";

        /// <summary>
        /// Compares this definition with a deployed client (for example <c>describe-user-pool-client</c> output loaded with
        /// <c>FromJson</c>) and lists each member that differs. What Cognito's answer changes without meaning anything is
        /// not drift: list order, token lifetimes written in other units, and the service-linked <c>RoleArn</c> Cognito adds
        /// next to an <c>ApplicationArn</c>. A member this definition leaves out is compared with Cognito's default, because
        /// an update would reset it. Secrets are never compared.
        /// </summary>
        /// <param name="deployed">The deployed client.</param>
        /// <param name="ignoreMissing">Skip members the deployed side does not report at all (emulators keep only some).</param>
        public IReadOnlyList<MemberDifference> Diff(UserPoolClientDefinition deployed, bool ignoreMissing = false)
        {
            if (deployed is null) throw new ArgumentNullException(nameof(deployed));
            var differences = new List<MemberDifference>();

            void Scalar<T>(string member, T? declared, T? actual, T? defaultValue)
                where T : struct
            {
                if (actual is null && ignoreMissing) return;
                var want = declared ?? defaultValue;
                var have = actual ?? defaultValue;
                if (!Equals(want, have)) differences.Add(new MemberDifference(member, Show(want), Show(have)));
            }

            void Text(string member, string? declared, string? actual, string? defaultValue)
            {
                if (actual is null && ignoreMissing) return;
                var want = declared ?? defaultValue;
                var have = actual ?? defaultValue;
                if (!string.Equals(want, have, StringComparison.Ordinal)) differences.Add(new MemberDifference(member, Show(want), Show(have)));
            }

            void Set(string member, IReadOnlyList<string>? declared, IReadOnlyList<string>? actual, IReadOnlyList<string>? defaultValue)
            {
                if (actual is null && ignoreMissing) return;
                var want = declared ?? defaultValue ?? Array.Empty<string>();
                var have = actual ?? defaultValue ?? Array.Empty<string>();
                if (!new HashSet<string>(want, StringComparer.Ordinal).SetEquals(have)) differences.Add(new MemberDifference(member, Show(want), Show(have)));
            }

            Text("ClientName", ClientName, deployed.ClientName, null);
            Lifetime("AccessTokenValidity", AccessTokenValidity, TokenValidityUnits?.AccessToken, deployed.AccessTokenValidity, deployed.TokenValidityUnits?.AccessToken, 3600, "hours");
            Lifetime("IdTokenValidity", IdTokenValidity, TokenValidityUnits?.IdToken, deployed.IdTokenValidity, deployed.TokenValidityUnits?.IdToken, 3600, "hours");
            Lifetime("RefreshTokenValidity", RefreshTokenValidity, TokenValidityUnits?.RefreshToken, deployed.RefreshTokenValidity, deployed.TokenValidityUnits?.RefreshToken, 2592000, "days");
            Set("ReadAttributes", ReadAttributes, deployed.ReadAttributes, null);
            Set("WriteAttributes", WriteAttributes, deployed.WriteAttributes, null);
            Set("ExplicitAuthFlows", ExplicitAuthFlows, deployed.ExplicitAuthFlows, new[] { "ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_CUSTOM_AUTH" });
            Set("SupportedIdentityProviders", SupportedIdentityProviders, deployed.SupportedIdentityProviders, null);
            Set("CallbackURLs", CallbackURLs, deployed.CallbackURLs, null);
            Set("LogoutURLs", LogoutURLs, deployed.LogoutURLs, null);
            Text("DefaultRedirectURI", DefaultRedirectURI, deployed.DefaultRedirectURI, null);
            Set("AllowedOAuthFlows", AllowedOAuthFlows, deployed.AllowedOAuthFlows, null);
            Set("AllowedOAuthScopes", AllowedOAuthScopes, deployed.AllowedOAuthScopes, null);
            Scalar("AllowedOAuthFlowsUserPoolClient", AllowedOAuthFlowsUserPoolClient, deployed.AllowedOAuthFlowsUserPoolClient, false);
            Analytics();
            Text("PreventUserExistenceErrors", PreventUserExistenceErrors, deployed.PreventUserExistenceErrors, "LEGACY");
            Scalar("EnableTokenRevocation", EnableTokenRevocation, deployed.EnableTokenRevocation, true);
            Scalar("EnablePropagateAdditionalUserContextData", EnablePropagateAdditionalUserContextData, deployed.EnablePropagateAdditionalUserContextData, false);
            Scalar("AuthSessionValidity", AuthSessionValidity, deployed.AuthSessionValidity, 3);
            if (!(deployed.RefreshTokenRotation is null && ignoreMissing))
            {
                Text("RefreshTokenRotation.Feature", RefreshTokenRotation?.Feature, deployed.RefreshTokenRotation?.Feature, "DISABLED");
                // With rotation disabled Cognito reports a grace period of 0 whatever was sent.
                var rotating = (deployed.RefreshTokenRotation?.Feature ?? "DISABLED") == "ENABLED";
                if (rotating) Scalar("RefreshTokenRotation.RetryGracePeriodSeconds", RefreshTokenRotation?.RetryGracePeriodSeconds, deployed.RefreshTokenRotation?.RetryGracePeriodSeconds, 0);
            }

            return differences;

            void Lifetime(string member, int? value, string? unit, int? deployedValue, string? deployedUnit, long defaultSeconds, string defaultUnit)
            {
                if (deployedValue is null && ignoreMissing) return;
                var want = Seconds(value, unit ?? defaultUnit, defaultSeconds);
                var have = Seconds(deployedValue, deployedUnit ?? defaultUnit, defaultSeconds);
                if (want != have)
                {
                    differences.Add(new MemberDifference(member, Describe(value, unit ?? defaultUnit, want), Describe(deployedValue, deployedUnit ?? defaultUnit, have)));
                }
            }

            void Analytics()
            {
                var want = AnalyticsConfiguration;
                var have = deployed.AnalyticsConfiguration;
                if (have is null && ignoreMissing) return;
                Text("AnalyticsConfiguration.ApplicationId", want?.ApplicationId, have?.ApplicationId, null);
                Text("AnalyticsConfiguration.ApplicationArn", want?.ApplicationArn, have?.ApplicationArn, null);
                // Cognito adds its service-linked role to an ApplicationArn configuration; that is not drift.
                var addedRole = want?.RoleArn is null && have?.ApplicationArn is not null && have.RoleArn?.IndexOf(ServiceLinkedRole, StringComparison.Ordinal) >= 0;
                if (!addedRole) Text("AnalyticsConfiguration.RoleArn", want?.RoleArn, have?.RoleArn, null);
                Text("AnalyticsConfiguration.ExternalId", want?.ExternalId, have?.ExternalId, null);
                if (want is not null || have is not null) Scalar("AnalyticsConfiguration.UserDataShared", want?.UserDataShared, have?.UserDataShared, false);
            }
        }

        private static long Seconds(int? value, string unit, long defaultSeconds)
        {
            // A refresh validity of 0 means Cognito's default.
            if (value is not int v || v == 0) return defaultSeconds;
            return v * (unit switch { "seconds" => 1L, "minutes" => 60L, "hours" => 3600L, _ => 86400L });
        }

        private static string Describe(int? value, string unit, long seconds) =>
            value is null ? $"(default, {seconds} s)" : $"{value.Value.ToString(CultureInfo.InvariantCulture)} {unit} ({seconds} s)";

        private static string Show<T>(T? value)
            where T : struct => value is null ? "(none)" : value is bool b ? (b ? "true" : "false") : Convert.ToString(value.Value, CultureInfo.InvariantCulture) ?? "(none)";

        private static string Show(string? value) => value is null ? "(none)" : "'" + value + "'";

        private static string Show(IReadOnlyList<string> values) => "[" + string.Join(", ", values.Select(v => "'" + v + "'")) + "]";
    }
}
