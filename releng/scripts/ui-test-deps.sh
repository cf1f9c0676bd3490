# Sourced by ./run-tests: makes sure the UI tests can run here. SWT needs GTK 3; without a display
# the tests run in a virtual X server (Xvfb). On a fresh Debian/Ubuntu machine both are installed
# from the distribution's packages when we may (root or passwordless sudo).

missing_packages() {
  local missing=()
  ldconfig -p 2>/dev/null | grep -q 'libgtk-3\.so\.0' || missing+=(libgtk-3-0)
  if [ -z "${DISPLAY:-}" ]; then
    command -v xvfb-run >/dev/null 2>&1 || missing+=(xvfb xauth)
  fi
  # the product smoke test looks for the workbench window with xwininfo
  command -v xwininfo >/dev/null 2>&1 || missing+=(x11-utils)
  printf '%s\n' "${missing[@]}"
}

install_ui_test_packages() {
  local packages
  packages=$(missing_packages)
  [ -z "$packages" ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if sudo -n true 2>/dev/null; then sudo="sudo -n"; else
      echo "run-tests: the UI tests need these packages: $(echo $packages); install them (apt-get install $(echo $packages)) or run as root" >&2
      exit 2
    fi
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "run-tests: the UI tests need GTK 3 and Xvfb ($(echo $packages)); install them with your package manager" >&2
    exit 2
  fi
  echo "run-tests: installing $(echo $packages) for the UI tests" >&2
  $sudo apt-get update -qq >/dev/null
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $packages >/dev/null
}
