//! Pure domain types, parsed at the boundary and unit-tested in place.

pub mod contact;
pub mod password_policy;
pub mod policy;
pub mod user_id;
