//! One line of an operator's directory check (`sspr directory test` and the start-up log).

/// What one step of the check found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Check {
    /// The step worked.
    Passed(String),
    /// Worth knowing but not a failure: an optional right missing, or something this
    /// directory can't report.
    Note(String),
    /// The directory is not usable as configured.
    Failed(String),
}

impl Check {
    pub fn is_failed(&self) -> bool {
        matches!(self, Check::Failed(_))
    }

    /// The word printed before the line.
    pub fn label(&self) -> &'static str {
        match self {
            Check::Passed(_) => "ok",
            Check::Note(_) => "note",
            Check::Failed(_) => "FAIL",
        }
    }

    pub fn detail(&self) -> &str {
        match self {
            Check::Passed(d) | Check::Note(d) | Check::Failed(d) => d,
        }
    }
}

impl<E: std::fmt::Display> From<Result<String, E>> for Check {
    fn from(r: Result<String, E>) -> Check {
        match r {
            Ok(detail) => Check::Passed(detail),
            Err(e) => Check::Failed(e.to_string()),
        }
    }
}

/// A named check line, such as `("target 1 (ldap) service bind", Passed(..))`.
pub type CheckLine = (String, Check);
