using SopIngest.Jobs.Hosting;
using SopIngest.Web.Identity;

namespace SopIngest.Cli.Commands;

/// <summary>
/// <c>user add EMAIL --role ROLE[,ROLE…] [--store DIR]</c>: creates a web user (or adds roles to one) in the
/// store's database; the password is the first line of stdin, so it stays out of the process list.
/// </summary>
internal static class UserCommand
{
    public static int Run(CliArgs args, TextReader stdin)
    {
        if (args.Positional.Count != 2 || args.Positional[0] != "add")
            return Usage.Fail("user add EMAIL --role uploader|reviewer|admin[,…] (password on stdin)");
        var roles = (args.Value("--role") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (roles.Length == 0)
            return Usage.Fail("user add needs --role uploader, reviewer or admin");
        var password = stdin.ReadLine() ?? "";
        var settings = IngestSettings.FromEnvironment(args.Value("--store"));
        IngestRuntime.Open(settings.Store, settings.Intake); // migrates the store's own tables first
        var errors = UserAccounts.AddOfflineAsync(settings.Store, args.Positional[1], password, roles).GetAwaiter().GetResult();
        foreach (var e in errors)
            Console.Error.WriteLine($"sopingest: {e}");
        if (errors.Count > 0)
            return 1;
        Console.Error.WriteLine($"user {args.Positional[1]}: {string.Join(", ", roles)}");
        return 0;
    }
}
