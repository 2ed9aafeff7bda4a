//! Active Directory access checks made without writing: does a token hold a control-access
//! right (such as "Reset Password") on an object, judged from the object's security
//! descriptor the way the directory judges it (DACL order, deny and allow, object ACEs).

/// "Reset Password" (User-Force-Change-Password, 00299570-246d-11d0-a768-00aa006e0529) in its
/// binary GUID form: the first three fields little-endian.
pub const RESET_PASSWORD: [u8; 16] = [
    0x70, 0x95, 0x29, 0x00, 0x6d, 0x24, 0xd0, 0x11, 0xa7, 0x68, 0x00, 0xaa, 0x00, 0x6e, 0x05, 0x29,
];

/// "Change Password" (User-Change-Password, ab721a53-1e2f-11d0-9819-00aa0040529b): a change
/// that proves the old password. AD grants it to Everyone and to the user (SELF) by default;
/// "User cannot change password" denies both.
pub const CHANGE_PASSWORD: [u8; 16] = [
    0x53, 0x1a, 0x72, 0xab, 0x2f, 0x1e, 0xd0, 0x11, 0x98, 0x19, 0x00, 0xaa, 0x00, 0x40, 0x52, 0x9b,
];

/// "Unexpire Password" (ccc2dc7d-a6ad-4a7a-8846-c04e3cc53501): lets `pwdLastSet = -1` restart
/// a password's age without a new password.
pub const UNEXPIRE_PASSWORD: [u8; 16] = [
    0x7d, 0xdc, 0xc2, 0xcc, 0xad, 0xa6, 0x7a, 0x4a, 0x88, 0x46, 0xc0, 0x4e, 0x3c, 0xc5, 0x35, 0x01,
];

/// Well-known SIDs every bound connection holds, which `tokenGroups` doesn't list: Everyone
/// (S-1-1-0) and Authenticated Users (S-1-5-11).
pub const EVERYONE: [u8; 12] = [1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0];
pub const AUTHENTICATED_USERS: [u8; 12] = [1, 1, 0, 0, 0, 0, 0, 5, 11, 0, 0, 0];
/// Principal Self (S-1-5-10): stands for the object itself, when it is the one asking.
pub const PRINCIPAL_SELF: [u8; 12] = [1, 1, 0, 0, 0, 0, 0, 5, 10, 0, 0, 0];

/// The LDAP_SERVER_SD_FLAGS control: ask for the DACL only (reading the SACL needs a
/// privilege the service account should not have, and without the control AD returns nothing).
pub const SD_FLAGS_OID: &str = "1.2.840.113556.1.4.801";
/// `SEQUENCE { INTEGER 4 }`: DACL_SECURITY_INFORMATION.
pub const SD_FLAGS_DACL: [u8; 5] = [0x30, 0x03, 0x02, 0x01, 0x04];

const CONTROL_ACCESS: u32 = 0x0000_0100;
const GENERIC_ALL: u32 = 0x1000_0000;
const SE_DACL_PRESENT: u16 = 0x0004;
const INHERIT_ONLY_ACE: u8 = 0x08;
const OBJECT_TYPE_PRESENT: u32 = 0x1;
const INHERITED_OBJECT_TYPE_PRESENT: u32 = 0x2;

const ACCESS_ALLOWED: u8 = 0x00;
const ACCESS_DENIED: u8 = 0x01;
const ACCESS_ALLOWED_OBJECT: u8 = 0x05;
const ACCESS_DENIED_OBJECT: u8 = 0x06;

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

/// The binary SID starting at `at`: revision, count, 6-byte authority, `count` sub-authorities.
fn sid_at(b: &[u8], at: usize) -> Option<&[u8]> {
    let count = usize::from(*b.get(at + 1)?);
    b.get(at..at + 8 + 4 * count)
}

/// One ACE that can decide a control-access right.
struct Ace<'a> {
    allows: bool,
    mask: u32,
    object_type: Option<&'a [u8]>,
    sid: &'a [u8],
}

/// Reads the ACE at `at`; `None` for an ACE type that never grants control access here.
fn ace_at(b: &[u8], at: usize) -> Result<Option<Ace<'_>>, String> {
    let malformed = || format!("malformed ACE at byte {at}");
    let kind = *b.get(at).ok_or_else(malformed)?;
    let flags = *b.get(at + 1).ok_or_else(malformed)?;
    if flags & INHERIT_ONLY_ACE != 0 {
        return Ok(None);
    }
    let mask = u32_at(b, at + 4).ok_or_else(malformed)?;
    let (allows, object_type, sid_start) = match kind {
        ACCESS_ALLOWED | ACCESS_DENIED => (kind == ACCESS_ALLOWED, None, at + 8),
        ACCESS_ALLOWED_OBJECT | ACCESS_DENIED_OBJECT => {
            let present = u32_at(b, at + 8).ok_or_else(malformed)?;
            let mut pos = at + 12;
            let mut object_type = None;
            if present & OBJECT_TYPE_PRESENT != 0 {
                object_type = Some(b.get(pos..pos + 16).ok_or_else(malformed)?);
                pos += 16;
            }
            if present & INHERITED_OBJECT_TYPE_PRESENT != 0 {
                pos += 16;
            }
            (kind == ACCESS_ALLOWED_OBJECT, object_type, pos)
        }
        _ => return Ok(None),
    };
    let sid = sid_at(b, sid_start).ok_or_else(malformed)?;
    Ok(Some(Ace {
        allows,
        mask,
        object_type,
        sid,
    }))
}

/// Whether `token` (binary SIDs: the account and its groups) holds the control-access `right`
/// on the object whose self-relative security descriptor is `sd`. ACEs are read in order and
/// the first that names both the right and a SID of the token decides, so an explicit deny
/// placed before an inherited allow wins, as it does in AD.
pub fn grants_control_access(
    sd: &[u8],
    token: &[Vec<u8>],
    right: &[u8; 16],
) -> Result<bool, String> {
    let control = u16_at(sd, 2).ok_or("the security descriptor is truncated")?;
    let dacl = u32_at(sd, 16).ok_or("the security descriptor is truncated")? as usize;
    if control & SE_DACL_PRESENT == 0 || dacl == 0 {
        return Err("the security descriptor came without its DACL".into());
    }
    let count = u16_at(sd, dacl + 4).ok_or("the DACL is truncated")?;
    let mut at = dacl + 8;
    for _ in 0..count {
        let size = usize::from(u16_at(sd, at + 2).ok_or("the DACL is truncated")?);
        if size < 8 {
            return Err(format!("malformed ACE at byte {at}"));
        }
        if let Some(ace) = ace_at(sd, at)? {
            let names_right = ace.mask & (CONTROL_ACCESS | GENERIC_ALL) != 0
                && ace.object_type.is_none_or(|t| t == right);
            if names_right && token.iter().any(|sid| sid == ace.sid) {
                return Ok(ace.allows);
            }
        }
        at += size;
    }
    Ok(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SERVICE: [u8; 12] = [1, 1, 0, 0, 0, 0, 0, 5, 0x53, 0x04, 0, 0];
    const ADMINS: [u8; 12] = [1, 1, 0, 0, 0, 0, 0, 5, 0x00, 0x02, 0, 0];
    const OTHER_RIGHT: [u8; 16] = [7; 16];

    /// An object ACE: kind, flags, mask, optional object type, SID.
    fn object_ace(kind: u8, flags: u8, mask: u32, object: Option<[u8; 16]>, sid: &[u8]) -> Vec<u8> {
        let mut body = mask.to_le_bytes().to_vec();
        body.extend(u32::from(object.is_some()).to_le_bytes());
        if let Some(o) = object {
            body.extend(o);
        }
        body.extend(sid);
        with_header(kind, flags, body)
    }

    fn plain_ace(kind: u8, mask: u32, sid: &[u8]) -> Vec<u8> {
        let mut body = mask.to_le_bytes().to_vec();
        body.extend(sid);
        with_header(kind, 0, body)
    }

    fn with_header(kind: u8, flags: u8, body: Vec<u8>) -> Vec<u8> {
        let mut ace = vec![kind, flags];
        ace.extend(((body.len() + 4) as u16).to_le_bytes());
        ace.extend(body);
        ace
    }

    fn descriptor(aces: &[Vec<u8>]) -> Vec<u8> {
        let mut sd = vec![1, 0];
        sd.extend((0x8000u16 | SE_DACL_PRESENT).to_le_bytes());
        sd.extend([0u8; 12]);
        sd.extend(20u32.to_le_bytes());
        let body: Vec<u8> = aces.concat();
        sd.extend([4, 0]);
        sd.extend(((body.len() + 8) as u16).to_le_bytes());
        sd.extend((aces.len() as u16).to_le_bytes());
        sd.extend([0, 0]);
        sd.extend(body);
        sd
    }

    fn reset_allowed(sid: &[u8]) -> Vec<u8> {
        object_ace(
            ACCESS_ALLOWED_OBJECT,
            0x10,
            CONTROL_ACCESS,
            Some(RESET_PASSWORD),
            sid,
        )
    }

    #[test]
    fn an_object_ace_for_reset_password_grants_it_to_its_sid_only() {
        let sd = descriptor(&[reset_allowed(&SERVICE)]);
        assert_eq!(
            grants_control_access(&sd, &[SERVICE.to_vec()], &RESET_PASSWORD),
            Ok(true)
        );
        assert_eq!(
            grants_control_access(&sd, &[ADMINS.to_vec()], &RESET_PASSWORD),
            Ok(false)
        );
        assert_eq!(
            grants_control_access(&sd, &[SERVICE.to_vec()], &OTHER_RIGHT),
            Ok(false)
        );
    }

    #[test]
    fn a_group_in_the_token_and_all_extended_rights_count() {
        let sd = descriptor(&[object_ace(
            ACCESS_ALLOWED_OBJECT,
            0,
            CONTROL_ACCESS,
            None,
            &ADMINS,
        )]);
        let token = [SERVICE.to_vec(), ADMINS.to_vec()];
        assert_eq!(
            grants_control_access(&sd, &token, &RESET_PASSWORD),
            Ok(true)
        );
        let full_control = descriptor(&[plain_ace(ACCESS_ALLOWED, 0x000F_01FF, &ADMINS)]);
        assert_eq!(
            grants_control_access(&full_control, &token, &RESET_PASSWORD),
            Ok(true)
        );
    }

    #[test]
    fn a_deny_before_the_allow_wins_and_inherit_only_aces_do_not_apply() {
        let denied = descriptor(&[
            object_ace(
                ACCESS_DENIED_OBJECT,
                0,
                CONTROL_ACCESS,
                Some(RESET_PASSWORD),
                &SERVICE,
            ),
            reset_allowed(&SERVICE),
        ]);
        assert_eq!(
            grants_control_access(&denied, &[SERVICE.to_vec()], &RESET_PASSWORD),
            Ok(false)
        );
        let inherit_only = descriptor(&[object_ace(
            ACCESS_ALLOWED_OBJECT,
            INHERIT_ONLY_ACE,
            CONTROL_ACCESS,
            Some(RESET_PASSWORD),
            &SERVICE,
        )]);
        assert_eq!(
            grants_control_access(&inherit_only, &[SERVICE.to_vec()], &RESET_PASSWORD),
            Ok(false)
        );
        // Read and write property rights are not control access.
        let read_write = descriptor(&[plain_ace(ACCESS_ALLOWED, 0x30, &SERVICE)]);
        assert_eq!(
            grants_control_access(&read_write, &[SERVICE.to_vec()], &RESET_PASSWORD),
            Ok(false)
        );
    }

    /// A GUID's binary form, as AD stores it: the first three fields little-endian.
    fn guid_bytes(text: &str) -> Vec<u8> {
        let hex: Vec<u8> = text
            .split('-')
            .flat_map(|part| {
                (0..part.len())
                    .step_by(2)
                    .map(move |i| u8::from_str_radix(&part[i..i + 2], 16).unwrap())
            })
            .collect();
        let mut out = hex.clone();
        out[..4].copy_from_slice(&[hex[3], hex[2], hex[1], hex[0]]);
        out[4..6].copy_from_slice(&[hex[5], hex[4]]);
        out[6..8].copy_from_slice(&[hex[7], hex[6]]);
        out
    }

    #[test]
    fn the_rights_are_the_guids_ad_documents() {
        let named = [
            (RESET_PASSWORD, "00299570-246d-11d0-a768-00aa006e0529"),
            (CHANGE_PASSWORD, "ab721a53-1e2f-11d0-9819-00aa0040529b"),
            (UNEXPIRE_PASSWORD, "ccc2dc7d-a6ad-4a7a-8846-c04e3cc53501"),
        ];
        for (bytes, text) in named {
            assert_eq!(bytes.to_vec(), guid_bytes(text), "{text}");
        }
    }

    #[test]
    fn truncated_or_daclless_descriptors_are_errors_not_answers() {
        let sd = descriptor(&[reset_allowed(&SERVICE)]);
        for cut in [3, 19, 30, sd.len() - 3] {
            assert!(
                grants_control_access(&sd[..cut], &[SERVICE.to_vec()], &RESET_PASSWORD).is_err(),
                "cut at {cut}"
            );
        }
        let mut no_dacl = sd.clone();
        no_dacl[2] = 0;
        no_dacl[3] = 0x80;
        assert!(grants_control_access(&no_dacl, &[SERVICE.to_vec()], &RESET_PASSWORD).is_err());
    }
}
