namespace Nastavnik.Web.Infrastructure.Errors;

/// <summary>The record does not exist or lies outside the user's scope: answered with 404, never with a hint which.</summary>
public sealed class NotFoundException() : Exception("Запись не найдена.");

/// <summary>The user may see the record but not do this to it (answered 403; a page shows «доступ запрещён»).</summary>
public sealed class ForbiddenException(string message) : Exception(message);
