using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace CognitoGen
{
    /// <summary>The JSON that <c>aws cognito-idp create-user-pool-client / update-user-pool-client --cli-input-json</c> take.</summary>
    public sealed partial record UserPoolClientDefinition
    {
        /// <summary>
        /// The input of <c>aws cognito-idp create-user-pool-client --cli-input-json</c>: API member names and casing,
        /// undeclared members absent, lists in declared order.
        /// </summary>
        /// <exception cref="InvalidOperationException">The client declares a custom secret and <see cref="ClientSecret"/> was not supplied.</exception>
        public string ToCliInputJson(string userPoolId)
        {
            EnsureSecretSupplied();
            return CliJson.Write(this, userPoolId, clientId: null, forUpdate: false, maskSecret: false);
        }

        /// <summary>
        /// The input of <c>aws cognito-idp update-user-pool-client --cli-input-json</c>: the complete definition, because
        /// UpdateUserPoolClient resets every member it is not sent. Has no <c>GenerateSecret</c> or <c>ClientSecret</c>.
        /// </summary>
        public string ToUpdateCliInputJson(string userPoolId, string clientId) =>
            CliJson.Write(this, userPoolId, clientId, forUpdate: true, maskSecret: false);

        /// <summary>Throws when the declaration promised a run-time secret that was never applied; a request without it would create a different client.</summary>
        /// <exception cref="InvalidOperationException">The secret is missing.</exception>
        public void EnsureSecretSupplied()
        {
            if (ClientSecretSuppliedAtRuntime && ClientSecret is null)
            {
                throw new InvalidOperationException(
                    $"App client '{ClientName}' declares [CustomClientSecret]: supply the secret at run time with `definition with {{ ClientSecret = ... }}` before building a create request.");
            }
        }
    }

    /// <summary>A small JSON writer with exact control over member order and escaping (any string, even a lone surrogate, is written without throwing).</summary>
    internal static class CliJson
    {
        public static string Write(UserPoolClientDefinition d, string? userPoolId, string? clientId, bool forUpdate, bool maskSecret)
        {
            var w = new Writer();
            w.BeginObject();
            if (userPoolId is not null) w.String("UserPoolId", userPoolId);
            if (forUpdate && clientId is not null) w.String("ClientId", clientId);
            Members(w, d, createOnly: !forUpdate, secret: d.ClientSecret is not null && maskSecret ? "***" : d.ClientSecret);
            w.EndObject();
            return w.ToString();
        }

        /// <summary>
        /// The client's members in the API's order, under the API's names (CloudFormation uses the same names).
        /// <paramref name="createOnly"/> adds GenerateSecret and ClientSecret, which UpdateUserPoolClient does not take.
        /// </summary>
        internal static void Members(Writer w, UserPoolClientDefinition d, bool createOnly, string? secret)
        {
            w.String("ClientName", d.ClientName);
            if (createOnly)
            {
                w.Bool("GenerateSecret", d.GenerateSecret);
                w.String("ClientSecret", secret);
            }

            w.Int("RefreshTokenValidity", d.RefreshTokenValidity);
            w.Int("AccessTokenValidity", d.AccessTokenValidity);
            w.Int("IdTokenValidity", d.IdTokenValidity);
            if (d.TokenValidityUnits is { } units)
            {
                w.BeginObject("TokenValidityUnits");
                w.String("AccessToken", units.AccessToken);
                w.String("IdToken", units.IdToken);
                w.String("RefreshToken", units.RefreshToken);
                w.EndObject();
            }

            w.List("ReadAttributes", d.ReadAttributes);
            w.List("WriteAttributes", d.WriteAttributes);
            w.List("ExplicitAuthFlows", d.ExplicitAuthFlows);
            w.List("SupportedIdentityProviders", d.SupportedIdentityProviders);
            w.List("CallbackURLs", d.CallbackURLs);
            w.List("LogoutURLs", d.LogoutURLs);
            w.String("DefaultRedirectURI", d.DefaultRedirectURI);
            w.List("AllowedOAuthFlows", d.AllowedOAuthFlows);
            w.List("AllowedOAuthScopes", d.AllowedOAuthScopes);
            w.Bool("AllowedOAuthFlowsUserPoolClient", d.AllowedOAuthFlowsUserPoolClient);
            if (d.AnalyticsConfiguration is { } a)
            {
                w.BeginObject("AnalyticsConfiguration");
                w.String("ApplicationId", a.ApplicationId);
                w.String("ApplicationArn", a.ApplicationArn);
                w.String("RoleArn", a.RoleArn);
                w.String("ExternalId", a.ExternalId);
                w.Bool("UserDataShared", a.UserDataShared);
                w.EndObject();
            }

            w.String("PreventUserExistenceErrors", d.PreventUserExistenceErrors);
            w.Bool("EnableTokenRevocation", d.EnableTokenRevocation);
            w.Bool("EnablePropagateAdditionalUserContextData", d.EnablePropagateAdditionalUserContextData);
            w.Int("AuthSessionValidity", d.AuthSessionValidity);
            if (d.RefreshTokenRotation is { } r)
            {
                w.BeginObject("RefreshTokenRotation");
                w.String("Feature", r.Feature);
                w.Int("RetryGracePeriodSeconds", r.RetryGracePeriodSeconds);
                w.EndObject();
            }
        }

        /// <summary>Writes indented JSON (4 spaces, as in the AWS CLI's examples); null members are skipped.</summary>
        internal sealed class Writer
        {
            private readonly StringBuilder _sb = new(1024);
            private int _depth;
            private bool _first = true;

            public void BeginObject(string? name = null)
            {
                if (name is not null) Name(name);
                _sb.Append('{');
                _depth++;
                _first = true;
            }

            public void EndObject()
            {
                _depth--;
                if (!_first) NewLine();
                _sb.Append('}');
                _first = false;
            }

            public void String(string name, string? value)
            {
                if (value is null) return;
                Name(name);
                Quote(value);
            }

            public void Bool(string name, bool? value)
            {
                if (value is null) return;
                Name(name);
                _sb.Append(value.Value ? "true" : "false");
            }

            public void Int(string name, int? value)
            {
                if (value is null) return;
                Name(name);
                _sb.Append(value.Value.ToString(CultureInfo.InvariantCulture));
            }

            public void List(string name, IReadOnlyList<string>? values)
            {
                if (values is null) return;
                Name(name);
                if (values.Count == 0)
                {
                    _sb.Append("[]");
                    return;
                }

                _sb.Append('[');
                _depth++;
                for (var i = 0; i < values.Count; i++)
                {
                    if (i > 0) _sb.Append(',');
                    NewLine();
                    Quote(values[i] ?? string.Empty);
                }

                _depth--;
                NewLine();
                _sb.Append(']');
            }

            public override string ToString() => _sb.ToString();

            private void Name(string name)
            {
                if (!_first) _sb.Append(',');
                _first = false;
                NewLine();
                Quote(name);
                _sb.Append(": ");
            }

            private void NewLine()
            {
                _sb.Append('\n');
                _sb.Append(' ', _depth * 4);
            }

            private void Quote(string value)
            {
                _sb.Append('"');
                foreach (var c in value)
                {
                    switch (c)
                    {
                        case '"': _sb.Append("\\\""); break;
                        case '\\': _sb.Append("\\\\"); break;
                        case '\n': _sb.Append("\\n"); break;
                        case '\r': _sb.Append("\\r"); break;
                        case '\t': _sb.Append("\\t"); break;
                        default:
                            // Control characters, line/paragraph separators and surrogates are escaped, so any string round-trips as ASCII-safe JSON.
                            if (c < 0x20 || c == '\u2028' || c == '\u2029' || char.IsSurrogate(c) || c == '\u007f')
                            {
                                _sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                            }
                            else
                            {
                                _sb.Append(c);
                            }

                            break;
                    }
                }

                _sb.Append('"');
            }
        }
    }
}
