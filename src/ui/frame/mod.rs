//! Around every page: the header, the footers, the update notice, and the accessibility
//! statement the footer links to.

/// The day this copy of the app was built, so an offline copy never looks newer than it is.
pub const BUILD_DATE: Option<&str> = option_env!("ISESAKI_BUILD_DATE");

/// The public base URL that kiosk and print QR codes point to, fixed at build time
/// (`ISESAKI_PUBLIC_URL=https://… ./x build`). Without it no QR code is shown.
pub const PUBLIC_URL: Option<&str> = option_env!("ISESAKI_PUBLIC_URL");

pub mod accessibility_page;
pub mod edition_switch;
pub mod embed_link;
pub mod header;
pub mod print_footer;
pub mod site_footer;
pub mod update_prompt;
