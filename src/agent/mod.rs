//! The writeback agent (`sspr agent CONFIG`): it runs beside the directory, connects out to
//! the portal over HTTPS (no inbound port), proves at each connection that it holds the key it
//! enrolled with, and long-polls for jobs: directory calls sealed to its key, run on its own
//! chain (LDAP, Active Directory, webhook), answered over the same connection.

pub mod check;
pub mod client;
pub mod config;
pub mod crypto;
pub mod executor;
pub mod hub;
pub mod protocol;
