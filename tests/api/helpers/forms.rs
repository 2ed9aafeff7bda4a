//! Reading a page's form as a browser would submit it: text inputs and textareas with their
//! values, and only the ticked checkboxes and radio buttons.

use super::Page;
use regex::Regex;

/// An attribute's value in one tag, entities undone.
fn attr(tag: &str, name: &str) -> Option<String> {
    let re = Regex::new(&format!(r#"\s{name}="([^"]*)""#)).unwrap();
    re.captures(tag).map(|c| unescape(&c[1]))
}

/// HTML entities undone, as a browser does before submitting (askama writes `&` as `&#38;`).
fn unescape(s: &str) -> String {
    let numeric = Regex::new(r"&#(x[0-9a-fA-F]+|[0-9]+);").unwrap();
    let s = numeric.replace_all(s, |c: &regex::Captures| {
        let n = &c[1];
        let code = match n.strip_prefix('x') {
            Some(hex) => u32::from_str_radix(hex, 16).unwrap(),
            None => n.parse().unwrap(),
        };
        char::from_u32(code).unwrap().to_string()
    });
    s.replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

impl Page {
    /// The fields of the form posting to a URL ending in `action`, as a browser sends them.
    pub fn form(&self, action: &str) -> Vec<(String, String)> {
        // In the page, `&` in the address is written as an entity.
        let escaped = action.replace('&', "&#38;");
        let start = [action, escaped.as_str()]
            .iter()
            .flat_map(|a| [format!(r#"{a}" "#), format!(r#"{a}">"#)])
            .find_map(|needle| self.body.find(&needle))
            .unwrap_or_else(|| panic!("no form posting to {action} on {}", self.url));
        let end = self.body[start..].find("</form>").unwrap() + start;
        let html = &self.body[start..end];
        let mut fields = Vec::new();
        let checked = Regex::new(r"\schecked[\s>]").unwrap();
        let tags = Regex::new(r#"<input\s[^>]*>|<textarea\s[^>]*>([^<]*)</textarea>"#).unwrap();
        for c in tags.captures_iter(html) {
            let tag = &c[0];
            let Some(name) = attr(tag, "name") else {
                continue;
            };
            if tag.starts_with("<textarea") {
                fields.push((name, unescape(&c[1])));
                continue;
            }
            let kind = attr(tag, "type").unwrap_or_else(|| "text".into());
            let ticked = checked.is_match(tag);
            if matches!(kind.as_str(), "checkbox" | "radio") && !ticked {
                continue;
            }
            fields.push((name, attr(tag, "value").unwrap_or_default()));
        }
        fields
    }
}

/// `form` with `name` set to `value` (text fields and radio groups: replaced).
pub fn with(mut form: Vec<(String, String)>, name: &str, value: &str) -> Vec<(String, String)> {
    form.retain(|(k, _)| k != name);
    form.push((name.into(), value.into()));
    form
}

/// `form` with the checkbox `name` (of value `value`) ticked or not.
pub fn ticked(
    mut form: Vec<(String, String)>,
    name: &str,
    value: &str,
    on: bool,
) -> Vec<(String, String)> {
    form.retain(|(k, v)| !(k == name && v == value));
    if on {
        form.push((name.into(), value.into()));
    }
    form
}
