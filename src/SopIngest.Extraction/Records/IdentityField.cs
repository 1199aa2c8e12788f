namespace SopIngest.Extraction.Records;

/// <summary>The keyed fields of an SOP's identity block.</summary>
internal enum IdentityField { Number, Title, Created, Revised, Effective, UnknownDate, Approval }

/// <summary>The list sections of an identity block, in the order the SOP AP standard prints them.</summary>
internal enum SectionKind { LegalBasis, Qualifications, RelatedSops, Equipment, Warnings, RecordKeeping }
