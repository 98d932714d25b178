namespace CognitoGen.Rules
{
    /// <summary>How much a finding matters: error when Cognito rejects the request, warning when it accepts something risky or inert, info for a hint.</summary>
    public enum RuleSeverity
    {
        /// <summary>Needs the user pool's state to decide, or purely advisory; never makes a request invalid.</summary>
        Info = 0,
        /// <summary>Cognito accepts the request, but the setting is deprecated, inert or weakens security.</summary>
        Warning = 1,
        /// <summary>Cognito rejects the request.</summary>
        Error = 2,
    }

    /// <summary>A rule of the catalogue: a stable ID (<c>CGEN</c> + 4 digits), the catalogue's rule name, severity and title.</summary>
    /// <param name="Id">Diagnostic ID, e.g. <c>CGEN3004</c>.</param>
    /// <param name="Name">Catalogue rule name, e.g. <c>redirect-url-https</c>.</param>
    /// <param name="Severity">Default severity.</param>
    /// <param name="Category">Analyzer category: Usage, Design, Security or Compatibility.</param>
    /// <param name="Title">Short title, no trailing period.</param>
    /// <param name="Description">One or two sentences: what the rule checks and why.</param>
    /// <param name="SourceOnly">True for rules about C# declarations (class shape, attribute usage), which only the analyzers can check.</param>
    public sealed record Rule(string Id, string Name, RuleSeverity Severity, string Category, string Title, string Description, bool SourceOnly = false);

    /// <summary>One finding: which rule, the message (quoting the value), and the member it is about.</summary>
    /// <param name="Rule">The rule that fired.</param>
    /// <param name="Message">What is wrong, the offending value, and what Cognito would answer.</param>
    /// <param name="Member">API member path, e.g. <c>CallbackURLs</c> or <c>TokenValidityUnits.AccessToken</c>.</param>
    /// <param name="Index">Position in a list member, or null for the member as a whole.</param>
    /// <param name="Suggestion">The nearby valid value the message suggests ("did you mean"), or null; a code fix offers it as the replacement.</param>
    public sealed record RuleFinding(Rule Rule, string Message, string Member, int? Index = null, string? Suggestion = null)
    {
        /// <summary>The rule's ID.</summary>
        public string Id => Rule.Id;

        /// <summary>The rule's severity.</summary>
        public RuleSeverity Severity => Rule.Severity;

        /// <summary><c>ID rule-name: message</c>.</summary>
        public override string ToString() => $"{Rule.Id} {Rule.Name}: {Message}";
    }

    /// <summary>Whether a request creates a client or updates one (UpdateUserPoolClient has no secret members).</summary>
    public enum ClientOperation
    {
        /// <summary>CreateUserPoolClient.</summary>
        Create = 0,
        /// <summary>UpdateUserPoolClient.</summary>
        Update = 1,
    }
}
