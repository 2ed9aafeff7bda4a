//! Pure domain types, parsed at the boundary and unit-tested in place.

pub mod activities;
pub mod branding;
pub mod contact;
pub mod password_policy;
pub mod policy;
pub mod policy_check;
pub mod user_id;
