//! End-to-end tests: the real app on a random port, walked page by page like a browser.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod ad;
mod captcha;
mod cleanup;
mod cli;
mod codes;
mod flows;
mod helpdesk;
mod helpers;
mod ldap;
mod password_policy;
mod postgres;
mod privacy;
mod races;
mod register;
mod register_flow;
mod scale_out;
mod security;
mod sessions;
mod sign_outs;
mod smtp_tls;
mod throttle;
mod timeouts;
mod timing;
mod unlocks;
mod webhook;
