//! The writeback agent (`sspr agent CONFIG`): it runs beside the directory, connects out to
//! the portal over HTTPS (no inbound port), proves at each connection that it holds the key it
//! enrolled with, and keeps the connection alive with heartbeats, reconnecting with backoff.

pub mod client;
pub mod config;
pub mod crypto;
