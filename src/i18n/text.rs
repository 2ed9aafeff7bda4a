//! A message chosen before its language is known (a password rule's reason, a directory's
//! refusal): a catalog key with its arguments, rendered later in the page's language.

use fluent_templates::fluent_bundle::FluentValue;

/// An argument of a message: text, or a number (which plural forms are chosen by).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    Str(String),
    Num(i64),
}

impl Arg {
    pub(super) fn fluent(&self) -> FluentValue<'_> {
        match self {
            Arg::Str(s) => FluentValue::from(s.as_str()),
            Arg::Num(n) => FluentValue::from(*n),
        }
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {
        $(impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Num(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
        impl From<&$t> for Arg {
            fn from(n: &$t) -> Arg {
                Arg::from(*n)
            }
        })*
    };
}
number_args!(i64, i32, u32, u8, usize, u64);

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Str(s.to_string())
    }
}

impl From<&&str> for Arg {
    fn from(s: &&str) -> Arg {
        Arg::Str(s.to_string())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Str(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Str(s.clone())
    }
}

impl From<&&String> for Arg {
    fn from(s: &&String) -> Arg {
        Arg::Str((*s).clone())
    }
}

/// Words to show a person, in whatever language the page turns out to be in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Text {
    /// A catalog message and its arguments.
    Msg {
        key: &'static str,
        args: Vec<(&'static str, Arg)>,
    },
    /// Words from another system (a webhook's own reason), shown as they came.
    Verbatim(String),
}

impl Text {
    pub fn new(key: &'static str) -> Text {
        Text::Msg {
            key,
            args: Vec::new(),
        }
    }

    /// Adds an argument.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Text {
        if let Text::Msg { args, .. } = &mut self {
            args.push((name, value.into()));
        }
        self
    }
}
