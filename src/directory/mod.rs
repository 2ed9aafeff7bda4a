//! The directories users live in and passwords are written back to.
//!
//! A closed set, so an enum: the embedded directory today; LDAP, Active Directory and a webhook
//! slot in as further variants behind the same operations and the same error type.

pub mod embedded;

use crate::domain::user_id::UserId;
use secrecy::SecretString;

pub use embedded::EmbeddedDirectory;

/// A user as the directory describes them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DirUser {
    pub login: String,
    pub display_name: String,
    pub given_name: String,
    pub surname: String,
    /// The user's own (work) mailbox, if the directory knows it.
    pub mail: Option<String>,
    /// Set by the admin; users can't change it.
    pub office_phone: Option<String>,
    pub enabled: bool,
    pub locked: bool,
    pub groups: Vec<String>,
    pub is_admin: bool,
}

impl DirUser {
    pub fn key(&self) -> String {
        self.login.to_lowercase()
    }
}

/// What went wrong, split by what the user is told.
#[derive(Debug, thiserror::Error)]
pub enum DirectoryError {
    /// The directory refused this password; the reasons are shown to the user.
    #[error("the directory refused the password: {}", .reasons.join(" "))]
    PolicyRejected { reasons: Vec<String> },
    #[error("no such user")]
    NotFound,
    /// The directory can't be reached or failed; the cause is for the operator's log.
    #[error("the directory is unavailable: {0}")]
    Unavailable(String),
    /// The portal's account may not do this; the cause is for the operator's log.
    #[error("the directory denied the operation: {0}")]
    PermissionDenied(String),
}

/// The directory of a tenant.
#[derive(Clone)]
pub enum Directory {
    Embedded(EmbeddedDirectory),
}

impl Directory {
    pub async fn find_user(&self, tenant_id: &str, id: &UserId) -> Result<DirUser, DirectoryError> {
        match self {
            Directory::Embedded(d) => d.find_user(tenant_id, id).await,
        }
    }

    pub async fn verify_password(
        &self,
        tenant_id: &str,
        user: &DirUser,
        password: &SecretString,
    ) -> Result<bool, DirectoryError> {
        match self {
            Directory::Embedded(d) => d.verify_password(tenant_id, user, password).await,
        }
    }

    /// The directory's own opinion of a candidate password, before anything is written.
    pub async fn check_password(
        &self,
        tenant_id: &str,
        user: &DirUser,
        password: &SecretString,
    ) -> Result<(), DirectoryError> {
        match self {
            Directory::Embedded(d) => d.check_password(tenant_id, user, password).await,
        }
    }

    /// Writes a new password; a reset also unlocks the account.
    pub async fn set_password(
        &self,
        tenant_id: &str,
        user: &DirUser,
        password: &SecretString,
        must_change: bool,
    ) -> Result<(), DirectoryError> {
        match self {
            Directory::Embedded(d) => d.set_password(tenant_id, user, password, must_change).await,
        }
    }

    pub async fn unlock(&self, tenant_id: &str, user: &DirUser) -> Result<(), DirectoryError> {
        match self {
            Directory::Embedded(d) => d.unlock(tenant_id, user).await,
        }
    }

    pub async fn is_member_of(
        &self,
        tenant_id: &str,
        user: &DirUser,
        group: &str,
    ) -> Result<bool, DirectoryError> {
        match self {
            Directory::Embedded(d) => d.is_member_of(tenant_id, user, group).await,
        }
    }
}
