# Sourced by ./dossier and ./run-tests: finds a JDK 21 or newer for the build and the product.
# Eclipse 4.41 bundles require JavaSE-21 and Tycho 5 runs on Java 21+; the machine's default may be 17.

java_feature_version() { # prints the feature version (17, 21, 25 ...) of the JDK in $1
  "$1/bin/java" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}

find_java_home() {
  local candidate version
  for candidate in "${DOSSIER_JAVA_HOME:-}" "${JAVA_HOME:-}" /usr/lib/jvm/* /opt/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    version=$(java_feature_version "$candidate")
    if [ -n "$version" ] && [ "$version" -ge 21 ]; then
      printf '%s\n' "$candidate"
      return 0
    fi
  done
  return 1
}

if ! JAVA_HOME=$(find_java_home); then
  echo "dossier: needs a JDK 21 or newer; none found in \$DOSSIER_JAVA_HOME, \$JAVA_HOME or /usr/lib/jvm (install one, e.g. apt-get install openjdk-21-jdk, or set DOSSIER_JAVA_HOME)" >&2
  exit 2
fi
export JAVA_HOME
