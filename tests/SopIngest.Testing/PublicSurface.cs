using System.Reflection;

namespace SopIngest.Testing;

/// <summary>An assembly's public types and members as sorted lines, for a snapshot that pins the public API.</summary>
public static class PublicSurface
{
    public static IReadOnlyList<string> Of(Assembly assembly) =>
        assembly.GetExportedTypes()
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .SelectMany(t => Members(t).Prepend($"{Kind(t)} {t.FullName}"))
            .ToList();

    private static IEnumerable<string> Members(Type type) =>
        type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(m => m is not MethodInfo { IsSpecialName: true } && !IsCompilerGenerated(m))
            .Select(m => $"  {m.MemberType} {m}")
            .Order(StringComparer.Ordinal);

    private static bool IsCompilerGenerated(MemberInfo member) =>
        member.Name is "<Clone>$" or "EqualityContract" or "Deconstruct" or "PrintMembers" or "GetHashCode" or "Equals" or "ToString";

    private static string Kind(Type t) => t.IsEnum ? "enum" : t.IsInterface ? "interface" : t.IsValueType ? "struct" : "class";
}
