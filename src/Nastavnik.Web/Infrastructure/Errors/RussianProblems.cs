using Microsoft.AspNetCore.Http;

namespace Nastavnik.Web.Infrastructure.Errors;

/// <summary>The framework's own problems (a body that is not JSON of the right shape, a missing login, an unknown address)
/// in Russian, like the app's: the API's clients are regional systems whose operators read these messages.</summary>
public static class RussianProblems
{
    public static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem is HttpValidationProblemDetails { Errors.Count: > 0 } invalid)
        {
            // The input classes' rules broken (or a field of the wrong type): every message names its field.
            problem.Title = "Ошибка в данных";
            problem.Detail ??= string.Join(" ", invalid.Errors.SelectMany(e => e.Value));
            return;
        }
        if (problem.Detail is not null) return;
        (problem.Title, problem.Detail) = problem.Status switch
        {
            400 => ("Неверный запрос", "Тело запроса не прочитано: нужен JSON нужной формы (проверьте скобки, кавычки и типы полей; даты — ГГГГ-ММ-ДД)."),
            401 => ("Требуется вход", "Войдите в систему или передайте токен API в заголовке Authorization: Bearer …"),
            403 => ("Нет доступа", "Вашей роли это действие недоступно."),
            404 => ("Не найдено", "Такой записи нет или она вне вашей организации (территории)."),
            405 => ("Метод не поддерживается", "Этот адрес не принимает такой метод запроса."),
            413 => ("Слишком большой запрос", "Размер запроса больше допустимого."),
            415 => ("Неподдерживаемый тип содержимого", "Отправьте данные как application/json."),
            _ => (problem.Title, problem.Detail),
        };
    }
}
