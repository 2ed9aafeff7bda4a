//! sspr: a self-hosted self-service password reset portal.
//!
//! The crate is laid out feature-first: `domain` holds pure types parsed at the boundary,
//! `flows` the user journeys without HTTP, `web` the pages, `store` the database,
//! `directory` where users live and passwords are written back, `channels` how codes reach
//! people, and `security` the primitives (captcha, codes, throttles, hashing).

pub mod agent;
pub mod app;
pub mod bench;
pub mod channels;
pub mod cli;
pub mod clock;
pub mod config;
pub mod demo;
pub mod directory;
pub mod domain;
pub mod error;
pub mod flows;
pub mod i18n;
pub mod security;
pub mod state;
pub mod store;
pub mod web;
