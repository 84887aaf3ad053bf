using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Nastavnik.Web.Infrastructure.Validation;

/// <summary>The pages' model binding messages (a value that is not a number, a date or an item of the list) in Russian.</summary>
public static class RussianBindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider m)
    {
        m.SetMissingBindRequiredValueAccessor(field => $"{field}: заполните поле.");
        m.SetMissingKeyOrValueAccessor(() => "Заполните поле.");
        m.SetMissingRequestBodyRequiredValueAccessor(() => "Запрос пуст.");
        m.SetValueMustNotBeNullAccessor(value => $"Значение «{value}» не подходит: заполните поле.");
        m.SetAttemptedValueIsInvalidAccessor((value, field) => $"{field}: значение «{value}» не подходит.");
        m.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"Значение «{value}» не подходит.");
        m.SetUnknownValueIsInvalidAccessor(field => $"{field}: значение не подходит.");
        m.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Значение не подходит.");
        m.SetValueIsInvalidAccessor(value => $"Значение «{value}» не подходит: выберите из списка или исправьте.");
        m.SetValueMustBeANumberAccessor(field => $"{field}: укажите число.");
        m.SetNonPropertyValueMustBeANumberAccessor(() => "Укажите число.");
    }
}
