namespace SopIngest.Web.Identity;

/// <summary>The app's roles and the authorization policies built on them. An admin may do everything.</summary>
public static class WebRoles
{
    public const string Uploader = "uploader";
    public const string Reviewer = "reviewer";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Uploader, Reviewer, Admin];

    /// <summary>Policy names.</summary>
    public const string CanUpload = "can-upload";
    public const string CanReview = "can-review";
    public const string CanAdminister = "can-administer";
    /// <summary>Any signed-in user may read records, batches and search.</summary>
    public const string CanRead = "can-read";
}
