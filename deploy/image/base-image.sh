#!/usr/bin/env bash
# Builds the base image of wbci-gateway's container image without a registry or a Docker daemon: a Java 17 runtime
# made by jlink from the build's JDK, the shared libraries it needs (copied from this Linux machine), a non-root user
# (65532) and /tmp; written as an image archive (docker save format) that Jib builds on (a tar:// base image).
#   deploy/image/base-image.sh <JDK 17 home with jmods> <output .tar>
# Rebuild on an updated machine to take its security fixes into the image. Where a registry is reachable, a vendor
# base can be used instead: mvn -B package -Djib.base=eclipse-temurin:17-jre-noble
set -euo pipefail
jdk=${1:?JDK home}
out=${2:?output tar}
[ -d "$jdk/jmods" ] || { echo "no $jdk/jmods: jlink needs a JDK with jmods (Debian: openjdk-17-jmods)" >&2; exit 1; }
# built once per JDK: an archive newer than the JDK's release file is kept
if [ -s "$out" ] && [ "$out" -nt "$jdk/release" ]; then
  echo "base image: $out (kept)"
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=$work/rootfs
mkdir -p "$root/opt/java" "$root/etc" "$root/tmp"
chmod 1777 "$root/tmp"

# what Spring Boot, Tomcat, JDBC, WSS4J, JFR and the console's German formats need
modules=java.se,jdk.unsupported,jdk.crypto.ec,jdk.crypto.cryptoki,jdk.localedata,jdk.charsets,jdk.management,\
jdk.management.agent,jdk.jfr,jdk.naming.dns,jdk.zipfs,jdk.net,jdk.security.auth,jdk.xml.dom
"$jdk/bin/jlink" --add-modules "$modules" --output "$root/opt/java/openjdk" \
  --strip-debug --no-man-pages --no-header-files --compress=2
# Debian's java.base module leaves out the launcher's library; take it from the JDK
[ -e "$root/opt/java/openjdk/lib/libjli.so" ] || cp -L "$jdk/lib/libjli.so" "$root/opt/java/openjdk/lib/"
# Debian's JDK links its CA store to /etc/ssl; the image holds the file itself
if [ -L "$root/opt/java/openjdk/lib/security/cacerts" ] || [ ! -s "$root/opt/java/openjdk/lib/security/cacerts" ]; then
  cp --remove-destination -L "$jdk/lib/security/cacerts" "$root/opt/java/openjdk/lib/security/cacerts"
fi

# the shared libraries of every ELF file in the runtime, and the dynamic loader; not those of the desktop toolkit
# (X11, sound, fonts, images), which a headless server never loads
find "$root/opt/java/openjdk" -type f \( -name '*.so' -o -path '*/bin/*' \) \
  ! -name 'libawt_xawt.so' ! -name 'libsplashscreen.so' ! -name 'libjsound.so' ! -name 'libfontmanager.so' \
  ! -name 'liblcms.so' ! -name 'libjavajpeg.so' ! -name 'libjawt.so' -print0 |
  xargs -0 ldd 2>/dev/null |
  awk '/=> \// { print $3 } /^\t\/.*ld-linux/ { print $1 }' |
  sort -u |
  while read -r lib; do
    case "$lib" in "$root"*) continue ;; esac
    cp -L --parents "$lib" "$root"
  done

printf 'root:x:0:0:root:/root:/sbin/nologin\nwbci:x:65532:0:wbci-gateway:/var/lib/wbci-gateway:/sbin/nologin\n' \
  > "$root/etc/passwd"
printf 'root:x:0:\nwbci:x:65532:\n' > "$root/etc/group"
printf 'hosts: files dns\n' > "$root/etc/nsswitch.conf"

tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -cf "$work/layer.tar" -C "$root" .
layer_sha=$(sha256sum "$work/layer.tar" | cut -d' ' -f1)
cat > "$work/config.json" <<JSON
{"architecture":"amd64","os":"linux","created":"1970-01-01T00:00:00Z",
 "config":{"Env":["PATH=/opt/java/openjdk/bin:/usr/bin:/bin","JAVA_HOME=/opt/java/openjdk","LANG=C.UTF-8"]},
 "rootfs":{"type":"layers","diff_ids":["sha256:$layer_sha"]},
 "history":[{"created":"1970-01-01T00:00:00Z","created_by":"deploy/image/base-image.sh (jlink of $("$jdk/bin/java" -version 2>&1 | head -1 | tr -d '"'))"}]}
JSON
printf '[{"Config":"config.json","RepoTags":["wbci-gateway-base:17"],"Layers":["layer.tar"]}]\n' > "$work/manifest.json"
mkdir -p "$(dirname "$out")"
tar --mtime=@0 --owner=0 --group=0 --numeric-owner -cf "$out" -C "$work" manifest.json config.json layer.tar
echo "base image: $out ($(du -h "$out" | cut -f1))"
