namespace Nastavnik.Web.Infrastructure.Logging;

/// <summary>
/// The events an operator follows in the logs, each with its own event id. Only ids and counts: never a name, a login,
/// an e-mail or any other personal data (the audit log in the database is where the who and what of a change lives).
/// </summary>
public static partial class AppLog
{
    [LoggerMessage(1001, LogLevel.Information, "User {UserId} signed in")]
    public static partial void SignedIn(this ILogger log, string userId);

    [LoggerMessage(1002, LogLevel.Warning, "Sign-in refused: {Reason}")]
    public static partial void SignInRefused(this ILogger log, string reason);

    [LoggerMessage(2001, LogLevel.Information, "Import {SessionId} into {Target} committed: {Rows} rows")]
    public static partial void ImportCommitted(this ILogger log, Guid sessionId, string target, int rows);

    [LoggerMessage(3001, LogLevel.Information, "Matching run {RunId} of program {ProgramId} approved: {Pairs} pairs")]
    public static partial void MatchingApproved(this ILogger log, int runId, int programId, int pairs);

    [LoggerMessage(4001, LogLevel.Information, "Consent given for person {PersonId}")]
    public static partial void ConsentGiven(this ILogger log, int personId);

    [LoggerMessage(4002, LogLevel.Information, "Consent {ConsentId} of person {PersonId} withdrawn (anonymized: {Anonymized})")]
    public static partial void ConsentWithdrawn(this ILogger log, int consentId, int personId, bool anonymized);

    [LoggerMessage(6001, LogLevel.Error, "Job {JobId} ({Kind}) failed on attempt {Attempt}")]
    public static partial void JobFailed(this ILogger log, Exception error, Guid jobId, string kind, int attempt);
}
