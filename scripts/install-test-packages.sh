#!/usr/bin/env bash
# Installs the Debian packages the tests start servers and browsers from (slapd for OpenLDAP,
# Samba for Active Directory, Chromium and its WebDriver for the browser suite),
# without starting any packaged service. Safe to run again: only missing packages are installed.
set -euo pipefail
need=()
[ -x /usr/sbin/slapd ] || need+=(slapd ldap-utils)
command -v openssl >/dev/null || need+=(openssl)
[ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] || need+=(chromium chromium-driver)
[ -x /usr/sbin/samba ] || need+=(samba-ad-dc samba-ad-provision winbind samba-dsdb-modules samba-vfs-modules)
[ ${#need[@]} -eq 0 ] && exit 0
export DEBIAN_FRONTEND=noninteractive
[ -e /usr/sbin/policy-rc.d ] || { printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d; chmod +x /usr/sbin/policy-rc.d; }
echo "slapd slapd/no_configuration boolean true" | debconf-set-selections
echo "installing ${need[*]}" >&2
apt-get update -qq >&2
apt-get install -y -qq --no-install-recommends "${need[@]}" >&2
