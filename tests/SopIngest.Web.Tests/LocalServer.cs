using System.Net;
using System.Net.Sockets;

namespace SopIngest.Web.Tests;

/// <summary>What tests that start `sopingest serve` as a real process need: a free port, and whether it answers yet.</summary>
internal static class LocalServer
{
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static bool Reachable(HttpClient http)
    {
        try
        {
            return http.GetAsync("/").Result.IsSuccessStatusCode;
        }
        catch (AggregateException)
        {
            return false;
        }
    }
}
