using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Nastavnik.Web.Features.Shared;

public static class FormErrors
{
    /// <summary>The first error of a value the form sent that the page could not take as it is (an item not in the
    /// list, a text too long, a date that is not one), or null: such a form is not saved with a default in its place.
    /// A field left empty is the service's to answer, with its own message.</summary>
    public static string? FirstError(this ModelStateDictionary state) =>
        state.IsValid ? null
            : state.Values.Where(v => v.ValidationState == ModelValidationState.Invalid && !string.IsNullOrEmpty(v.AttemptedValue))
                .SelectMany(v => v.Errors).Select(e => e.ErrorMessage).FirstOrDefault(m => m.Length > 0);
}
