using Nastavnik.Domain.People;

namespace Nastavnik.Web.Data.Seeding;

/// <summary>Invented but realistic Russian names, subjects and positions for demo and synthetic data.</summary>
public static class NameBank
{
    private static readonly string[] MaleLast = ["Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов", "Козлов", "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин", "Захаров", "Зайцев", "Соловьёв", "Борисов", "Яковлев", "Григорьев"];
    private static readonly string[] MaleFirst = ["Александр", "Сергей", "Дмитрий", "Андрей", "Алексей", "Максим", "Евгений", "Иван", "Михаил", "Артём", "Николай", "Владимир", "Павел", "Роман", "Олег"];
    private static readonly string[] FemaleFirst = ["Анна", "Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Мария", "Светлана", "Екатерина", "Юлия", "Галина", "Марина", "Людмила", "Дарья", "Ксения", "Валентина"];
    private static readonly string[] Patronymic = ["Александров", "Сергеев", "Дмитриев", "Андреев", "Алексеев", "Викторов", "Николаев", "Иванов", "Михайлов", "Петров", "Владимиров", "Юрьев"];

    public static readonly string[] Subjects = ["Русский язык", "Литература", "Математика", "Информатика", "Физика", "Химия", "Биология", "География", "История", "Обществознание", "Английский язык", "Начальные классы", "Физическая культура", "Музыка", "ИЗО", "Технология", "ОБЖ"];
    private static readonly string[] Positions = ["учитель", "учитель", "учитель", "учитель", "педагог-психолог", "социальный педагог", "педагог дополнительного образования", "заместитель директора по УВР"];
    private static readonly string[] Categories = ["высшая", "первая", "соответствие занимаемой должности", "без категории"];

    public static Person Teacher(Random rnd, int organizationId, DateOnly today, bool young)
    {
        var p = NewPerson(rnd, organizationId, PersonRole.Teacher);
        var age = young ? rnd.Next(22, 30) : rnd.Next(30, 63);
        p.BirthDate = today.AddYears(-age).AddDays(-rnd.Next(0, 365));
        p.TeachingExperienceYears = young ? rnd.Next(0, 4) : Math.Max(4, age - 23 - rnd.Next(0, 6));
        p.TotalExperienceYears = p.TeachingExperienceYears + rnd.Next(0, 3);
        p.Position = Positions[rnd.Next(Positions.Length)];
        p.Subjects = string.Join("; ", Enumerable.Range(0, rnd.Next(1, 3)).Select(_ => Subjects[rnd.Next(Subjects.Length)]).Distinct());
        p.QualificationCategory = young ? "без категории" : Categories[rnd.Next(Categories.Length)];
        return p;
    }

    public static Person Pupil(Random rnd, int organizationId, DateOnly today)
    {
        var p = NewPerson(rnd, organizationId, PersonRole.Pupil);
        var grade = rnd.Next(5, 12);
        p.BirthDate = today.AddYears(-(grade + 6)).AddDays(-rnd.Next(0, 365));
        p.Grade = $"{grade}{"АБВ"[rnd.Next(3)]}";
        return p;
    }

    public static Person NewPerson(Random rnd, int organizationId, PersonRole role)
    {
        var female = rnd.Next(100) < 75;
        var last = MaleLast[rnd.Next(MaleLast.Length)];
        var patronymic = Patronymic[rnd.Next(Patronymic.Length)];
        var id = rnd.Next(1_000_000);
        return new Person
        {
            OrganizationId = organizationId,
            Role = role,
            LastName = female ? FeminineSurname(last) : last,
            FirstName = female ? FemaleFirst[rnd.Next(FemaleFirst.Length)] : MaleFirst[rnd.Next(MaleFirst.Length)],
            MiddleName = patronymic + (female ? "на" : "ич"),
            Sex = female ? Sex.Female : Sex.Male,
            Email = role == PersonRole.Teacher ? $"user{id}@school.example" : null,
            Phone = $"+7 (913) {rnd.Next(100, 999)}-{rnd.Next(10, 99)}-{rnd.Next(10, 99)}",
        };
    }

    private static string FeminineSurname(string male) => male.EndsWith("ий") ? male[..^2] + "ая" : male + "а";
}
