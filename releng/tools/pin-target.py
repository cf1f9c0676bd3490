#!/usr/bin/env python3
"""Computes the pinned bundle list of targets/dossier.target from a list of root artifacts.

For each root it takes the newest release on Maven Central and follows the compile/runtime,
non-optional dependencies of its pom, again at their newest release, until the set is closed.
Tycho Maven locations with includeDependencyDepth="none" then see exactly one consistent version
of each bundle (Eclipse poms pin older versions than the ones released beside them).

usage: releng/tools/pin-target.py releng/tools/target-roots.txt targets/dossier.target
(rewrites the dependencies between the PINNED markers of the target file)
Roots file: one groupId:artifactId per line; '#' starts a comment; 'g:a:v' pins a version;
'!g:a' excludes an artifact from the closure.
"""
import re
import sys
import urllib.request
import xml.etree.ElementTree as ET

CENTRAL = "https://repo.maven.apache.org/maven2"
NS = {"m": "http://maven.apache.org/POM/4.0.0"}
PRE_RELEASE = re.compile(r"(alpha|beta|rc|milestone|-m\d|snapshot|\.m\d|preview|ea)", re.I)


def fetch(url):
    with urllib.request.urlopen(url, timeout=60) as response:
        return response.read()


def version_key(version):
    return [int(p) if p.isdigit() else 0 for p in re.split(r"[.\-]", version)]


def newest(group, artifact):
    meta = ET.fromstring(fetch(f"{CENTRAL}/{group.replace('.', '/')}/{artifact}/maven-metadata.xml"))
    versions = [v.text for v in meta.iter("version") if not PRE_RELEASE.search(v.text)]
    return max(versions, key=version_key)


def pom(group, artifact, version):
    return ET.fromstring(fetch(f"{CENTRAL}/{group.replace('.', '/')}/{artifact}/{version}/{artifact}-{version}.pom"))


def text(element, path):
    found = element.find(path, NS)
    return found.text.strip() if found is not None and found.text else None


def dependencies(group, artifact, version):
    project = pom(group, artifact, version)
    props = {"project.groupId": group, "pom.groupId": group, "project.version": version}
    for prop in project.findall("m:properties/*", NS):
        props[prop.tag.split("}")[1]] = (prop.text or "").strip()
    parent_group = text(project, "m:parent/m:groupId")
    if parent_group:
        props.setdefault("project.parent.groupId", parent_group)
    for dep in project.findall("m:dependencies/m:dependency", NS):
        scope = text(dep, "m:scope") or "compile"
        if scope not in ("compile", "runtime") or text(dep, "m:optional") == "true":
            continue
        dep_group = re.sub(r"\$\{([^}]+)\}", lambda m: props.get(m.group(1), m.group(0)), text(dep, "m:groupId"))
        if "${" in dep_group:
            print(f"warning: {group}:{artifact} has unresolvable dependency group {dep_group}", file=sys.stderr)
            continue
        yield dep_group, text(dep, "m:artifactId")


def main(roots_file):
    pinned, excluded, queue, explicit = {}, set(), [], {}
    for line in open(roots_file):
        line = line.split("#")[0].strip()
        if not line:
            continue
        if line.startswith("!"):
            excluded.add(line[1:])
            continue
        parts = line.split(":")
        if len(parts) > 2:
            explicit[f"{parts[0]}:{parts[1]}"] = parts[2]
        queue.append((parts[0], parts[1], None))
    while queue:
        group, artifact, _ = queue.pop()
        key = f"{group}:{artifact}"
        if key in pinned or key in excluded:
            continue
        pinned[key] = explicit.get(key) or newest(group, artifact)
        print(f"{key}:{pinned[key]}", file=sys.stderr)
        for dep_group, dep_artifact in dependencies(group, artifact, pinned[key]):
            queue.append((dep_group, dep_artifact, None))
    lines = []
    for key in sorted(pinned):
        group, artifact = key.split(":")
        lines.append(f"          <dependency><groupId>{group}</groupId><artifactId>{artifact}</artifactId>"
                     f"<version>{pinned[key]}</version><type>jar</type></dependency>")
    return lines


def rewrite(target_file, lines):
    text = open(target_file, encoding="utf-8").read()
    begin, end = "<!-- PINNED: begin -->", "<!-- PINNED: end -->"
    head, rest = text.split(begin, 1)
    _, tail = rest.split(end, 1)
    open(target_file, "w", encoding="utf-8").write(head + begin + "\n" + "\n".join(lines) + "\n          " + end + tail)


if __name__ == "__main__":
    rewrite(sys.argv[2], main(sys.argv[1]))
