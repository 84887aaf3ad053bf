using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Nastavnik.Web.Infrastructure.Forms;

/// <summary>Decimal form values as people and browsers send them: "10.5" from a number input, "10,5" typed the Russian way.
/// (The default binder follows the request culture, ru-RU, and silently drops "10.5".)</summary>
public sealed class DecimalModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext context)
    {
        var value = context.ValueProvider.GetValue(context.ModelName);
        if (value == ValueProviderResult.None) return Task.CompletedTask;
        context.ModelState.SetModelValue(context.ModelName, value);
        // "1 500,5" with ordinary or non-breaking spaces between the thousands.
        var text = new string((value.FirstValue ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray());
        if (string.IsNullOrEmpty(text))
        {
            if (Nullable.GetUnderlyingType(context.ModelType) is not null) context.Result = ModelBindingResult.Success(null);
            return Task.CompletedTask;
        }
        if (decimal.TryParse(text.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
            context.Result = ModelBindingResult.Success(number);
        else
            context.ModelState.TryAddModelError(context.ModelName, $"«{value.FirstValue}» — не число.");
        return Task.CompletedTask;
    }
}

public sealed class DecimalModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.ModelType == typeof(decimal) || context.Metadata.ModelType == typeof(decimal?) ? new DecimalModelBinder() : null;
}
