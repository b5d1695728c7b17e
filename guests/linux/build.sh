#!/usr/bin/env bash
# Builds the Tabvisor Linux guest (a Linux 6.1 Image and an uncompressed busybox initramfs) into a cache keyed by its inputs.
#
# Inputs: kernel.config, busybox.config, init, overlay/, this script, and the Debian versions of linux-source-6.1,
# the busybox source package and the riscv64 cross toolchain. Outputs (never in git):
#   ${TABVISOR_CACHE:-$HOME/.cache/tabvisor}/guests/linux-<hash>/{Image,initramfs.cpio,manifest.json}
#   ${TABVISOR_CACHE:-$HOME/.cache/tabvisor}/guests/linux -> linux-<hash>   (the latest build, for the shell)
# where <hash> is the first 16 hex digits of the inputs' sha256 (manifest.json has all 64).
# A run whose inputs are unchanged only recomputes the hash and repoints the link.
set -euo pipefail

recipe_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cache_root=${TABVISOR_CACHE:-$HOME/.cache/tabvisor}
guests_dir=$cache_root/guests
work_dir=$guests_dir/work
jobs=${TABVISOR_JOBS:-2}
cross=riscv64-linux-gnu-
kernel_make_vars=(ARCH=riscv "CROSS_COMPILE=$cross" KBUILD_BUILD_USER=tabvisor KBUILD_BUILD_HOST=tabvisor)

# Debian packages the recipe needs; gcc-riscv64-linux-gnu pulls in the cross glibc (libc6-dev-riscv64-cross).
required_packages=(linux-source-6.1 gcc-riscv64-linux-gnu libc6-dev-riscv64-cross gcc libc6-dev make flex bison bc
  xz-utils bzip2 dpkg-dev)

# Progress and failure messages go to stderr, prefixed with the recipe's name.
log() { printf '[guests:linux] %s\n' "$*" >&2; }
die() { printf '[guests:linux] error: %s\n' "$*" >&2; exit 1; }
seconds_since() { echo $(($(date +%s) - $1)); }

# Runs a build step with its output in log file $1 (compiler warnings stay out of the way); on failure shows its end.
run_logged() {
  local log_file=$1
  shift
  if ! "$@" > "$log_file" 2>&1; then
    tail -n 40 "$log_file" >&2
    die "$* failed (full log: $log_file)"
  fi
}

# Installs the missing required packages when run as root (CI); otherwise fails naming them.
ensure_packages() {
  local missing=() pkg
  for pkg in "${required_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    die "missing Debian packages: ${missing[*]} (install them: sudo apt-get install ${missing[*]})"
  fi
  log "installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

# Prints deb-src stanzas (deb822) mirroring the enabled Debian `deb` stanzas, so `apt-get source` can reach the same mirror.
debian_deb_src_stanzas() {
  local file
  for file in /etc/apt/sources.list.d/*.sources; do
    [ -f "$file" ] || continue
    awk '
      function flush() {
        if (types ~ /(^| )deb( |$)/ && uris ~ /\/debian(-security)?\/?( |$)/) {
          printf "Types: deb-src\nURIs: %s\nSuites: %s\nComponents: %s\n", uris, suites, components
          if (signed != "") printf "Signed-By: %s\n", signed
          printf "\n"
        }
        types = uris = suites = components = signed = ""
      }
      /^[ \t]*$/ { flush(); next }
      /^#/ { next }
      { key = $1; sub(/:$/, "", key); $1 = ""; sub(/^ /, ""); value = $0 }
      key == "Types" { types = value }
      key == "URIs" { uris = value }
      key == "Suites" { suites = value }
      key == "Components" { components = value }
      key == "Signed-By" { signed = value }
      END { flush() }' "$file"
  done
}

# Prints deb-src lines mirroring the Debian `deb` lines of one-line-style sources lists.
debian_deb_src_lines() {
  local file
  for file in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -f "$file" ] || continue
    awk '$1 == "deb" && $0 ~ /\/debian(-security)?\/? / { $1 = "deb-src"; print }' "$file"
  done
}

# `apt-get source` needs deb-src entries, which Debian's default images leave out.
ensure_deb_src() {
  apt-get source --print-uris busybox >/dev/null 2>&1 && return 0
  [ "$(id -u)" -eq 0 ] || die "apt has no deb-src entries for busybox; as root this script adds them to /etc/apt/sources.list.d/tabvisor-deb-src.sources"
  local stanzas lines
  stanzas=$(debian_deb_src_stanzas)
  lines=$(debian_deb_src_lines)
  [ -n "$stanzas$lines" ] || die "no Debian mirror found in /etc/apt/sources.list or /etc/apt/sources.list.d/ to add deb-src entries for"
  log "adding deb-src entries for the configured Debian mirror"
  [ -n "$stanzas" ] && printf '%s\n' "$stanzas" > /etc/apt/sources.list.d/tabvisor-deb-src.sources
  [ -n "$lines" ] && printf '%s\n' "$lines" > /etc/apt/sources.list.d/tabvisor-deb-src.list
  apt-get update -qq
  apt-get source --print-uris busybox >/dev/null 2>&1 || die "apt-get source busybox still fails after adding deb-src entries"
}

# The busybox source version apt-get source would fetch, read from the .dsc name it prints.
busybox_source_version() {
  apt-get source --print-uris busybox 2>/dev/null |
    sed -n "s/^'[^']*' busybox_\\(.*\\)\\.dsc .*/\\1/p" | head -n 1
}

# Hashes every recipe input: our files by content, Debian's by package version.
recipe_hash() {
  {
    (cd "$recipe_dir" && find build.sh kernel.config busybox.config init overlay -type f -print0 |
      LC_ALL=C sort -z | xargs -0 sha256sum)
    (cd "$recipe_dir" && find overlay -print0 | LC_ALL=C sort -z | xargs -0 stat -c '%n %a')
    echo "linux-source-6.1 $linux_version"
    echo "busybox-source $busybox_version"
    echo "gcc-riscv64-linux-gnu $gcc_version"
    echo "libc6-dev-riscv64-cross $libc_version"
  } | sha256sum | cut -c1-64
}

# Fails listing every `CONFIG_X=value` line of a fragment that is not in the final .config, and every
# `# CONFIG_X is not set` line that ended up set anyway.
check_config() {
  local fragment=$1 config=$2 line option missing=()
  while IFS= read -r line; do
    case $line in
      CONFIG_*=*) grep -qxF -- "$line" "$config" || missing+=("$line") ;;
      "# CONFIG_"*" is not set")
        option=${line#\# }; option=${option%% *}
        grep -q "^$option=" "$config" && missing+=("$line (but it is set)") ;;
    esac
  done < "$fragment"
  if [ ${#missing[@]} -gt 0 ]; then
    printf '[guests:linux] error: %s lacks options that %s requires:\n' "$config" "$fragment" >&2
    printf '  %s\n' "${missing[@]}" >&2
    exit 1
  fi
}

# Unpacks a source tree into $2 unless its stamp says it already holds version $3; a new version also empties
# the build folder $4. The paths themselves stay fixed: kbuild records the source path in every command line,
# so a renamed tree would rebuild everything.
ensure_source() {
  local what=$1 dest=$2 version=$3 build=$4 unpack=$5
  if [ -f "$dest/Makefile" ] && [ "$(cat "$dest/.tabvisor-debian-version" 2>/dev/null)" = "$version" ]; then
    return 0
  fi
  log "unpacking $what $version"
  rm -rf "$dest" "$dest.tmp" "$build" && mkdir -p "$dest.tmp"
  "$unpack" "$dest.tmp" "$version"
  mv "$dest.tmp"/*/ "$dest" 2>/dev/null || die "unpacking $what left no source folder"
  rm -rf "$dest.tmp"
  echo "$version" > "$dest/.tabvisor-debian-version"
}

# Unpacks Debian's kernel tarball (it holds one folder, linux-source-6.1) into $1.
unpack_linux() { tar -xJf /usr/src/linux-source-6.1.tar.xz -C "$1"; }

# Fetches apt's candidate busybox source, the one busybox_source_version named ($2; the .dsc name carries no epoch).
unpack_busybox() {
  (cd "$1" && apt-get source -qq busybox >/dev/null 2>&1) || die "apt-get source busybox ($2) failed"
  [ -f "$1/busybox_$2.dsc" ] || die "apt-get source busybox fetched another version than $2"
  rm -f "$1"/busybox_*
}

# Configures (allnoconfig + kernel.config), checks and builds arch/riscv/boot/Image into the output folder.
build_kernel() {
  local source=$work_dir/linux-source-6.1 build=$work_dir/linux-build started
  ensure_source linux-source-6.1 "$source" "$linux_version" "$build" unpack_linux
  mkdir -p "$build"
  # allnoconfig plus our fragment; merge_config + olddefconfig would turn EFI, swap and VT back on.
  KCONFIG_ALLCONFIG=$recipe_dir/kernel.config make -s -C "$source" O="$build" "${kernel_make_vars[@]}" allnoconfig
  check_config "$recipe_dir/kernel.config" "$build/.config"
  log "building the kernel (make -j$jobs Image)"
  started=$(date +%s)
  run_logged "$work_dir/linux-build.log" nice make -C "$source" O="$build" "${kernel_make_vars[@]}" -j"$jobs" Image
  log "kernel built in $(seconds_since "$started") s"
  cp "$build/arch/riscv/boot/Image" "$out_tmp/Image"
  # gen_init_cpio writes device nodes and root-owned files without needing root or fakeroot.
  gcc -O2 -o "$work_dir/gen_init_cpio" "$source/usr/gen_init_cpio.c"
}

# Writes each `CONFIG_X=...` line of the fragment over the .config's own line for X (or appends it).
apply_busybox_fragment() {
  local fragment=$1 config=$2
  awk 'NR == FNR {
         if ($0 ~ /^CONFIG_[A-Za-z0-9_]+=/) { name = $0; sub(/=.*/, "", name); wanted[name] = $0; order[++count] = name }
         next
       }
       {
         name = ""
         if ($0 ~ /^CONFIG_[A-Za-z0-9_]+=/) { name = $0; sub(/=.*/, "", name) }
         else if ($0 ~ /^# CONFIG_[A-Za-z0-9_]+ is not set$/) { name = $2 }
         if (!(name in wanted)) print
       }
       END { for (i = 1; i <= count; i++) print wanted[order[i]] }' "$fragment" "$config" > "$config.new"
  mv "$config.new" "$config"
}

# Configures (allnoconfig + busybox.config), checks and builds a static busybox and its applet list.
build_busybox() {
  local source=$work_dir/busybox-source build=$work_dir/busybox-build config=$work_dir/busybox-config started
  ensure_source busybox "$source" "$busybox_version" "$build" unpack_busybox
  mkdir -p "$build" "$config"
  # Busybox's kconfig ignores KCONFIG_ALLCONFIG for booleans: start from allnoconfig, write ours over it, resolve.
  # This happens in a scratch folder: busybox rebuilds everything whenever its build folder's .config is rewritten.
  make -s -C "$source" O="$config" allnoconfig >/dev/null
  apply_busybox_fragment "$recipe_dir/busybox.config" "$config/.config"
  # oldconfig asks only about options the .config lacks; yes answers them with their defaults.
  { yes '' || true; } | make -s -C "$source" O="$config" oldconfig >/dev/null
  check_config "$recipe_dir/busybox.config" "$config/.config"
  cmp -s "$config/.config" "$build/.config" || cp "$config/.config" "$build/.config"
  log "building busybox (make -j$jobs)"
  started=$(date +%s)
  # O= makes the build folder (busybox writes its Makefile there on the first run). busybox.links needs the
  # include/autoconf.h that building busybox generates, so it comes second: in one parallel make the two race.
  run_logged "$work_dir/busybox-build.log" nice make -C "$source" O="$build" CROSS_COMPILE="$cross" -j"$jobs" busybox
  run_logged "$work_dir/busybox-links.log" make -C "$source" O="$build" CROSS_COMPILE="$cross" busybox.links
  log "busybox built in $(seconds_since "$started") s"
  # A dynamic executable names its loader in a PT_INTERP header; the initramfs has no loader.
  if "${cross}readelf" -lW "$build/busybox" | grep -q INTERP; then die "$build/busybox is not statically linked"; fi
  busybox_binary=$build/busybox
  busybox_links=$build/busybox.links
}

# Directories every guest root has; /tmp is sticky and world-writable, /root private.
root_dirs=(/bin /sbin /usr /usr/bin /usr/sbin /dev /proc /sys /tmp /run /etc /mnt /root /var)

# Writes the gen_init_cpio list: directories, /dev/console, busybox and its applet links, /init, and overlay/.
initramfs_list() {
  local dir link path mode
  for dir in "${root_dirs[@]}"; do
    case $dir in
      /tmp) mode=1777 ;;
      /root) mode=700 ;;
      *) mode=755 ;;
    esac
    echo "dir $dir $mode 0 0"
  done
  # The kernel opens /dev/console for init before anything can mount devtmpfs (init/main.c: console_on_rootfs).
  echo "nod /dev/console 600 0 0 c 5 1"
  echo "file /bin/busybox $busybox_binary 755 0 0"
  while IFS= read -r link; do
    [ "$link" = /bin/busybox ] || echo "slink $link /bin/busybox 777 0 0"
  done < "$busybox_links"
  echo "file /init $recipe_dir/init 755 0 0"
  (cd "$recipe_dir/overlay" && find . -mindepth 1 | LC_ALL=C sort) | while IFS= read -r path; do
    path=${path#.}
    mode=$(stat -c %a "$recipe_dir/overlay$path")
    if [ ! -d "$recipe_dir/overlay$path" ]; then
      echo "file $path $recipe_dir/overlay$path $mode 0 0"
    elif [[ " ${root_dirs[*]} " != *" $path "* ]]; then
      echo "dir $path $mode 0 0"
    fi
  done
}

# Describes the build for the shell and for people: file names, sizes, the exact Debian inputs.
write_manifest() {
  cat > "$out_tmp/manifest.json" <<EOF
{
  "hash": "$hash",
  "kernel": "Image",
  "initrd": "initramfs.cpio",
  "readyMarker": "TABVISOR-READY",
  "linuxSource": "linux-source-6.1 $linux_version",
  "busyboxSource": "busybox $busybox_version",
  "crossCompiler": "gcc-riscv64-linux-gnu $gcc_version",
  "crossLibc": "libc6-dev-riscv64-cross $libc_version",
  "kernelBytes": $(stat -c %s "$out_tmp/Image"),
  "initrdBytes": $(stat -c %s "$out_tmp/initramfs.cpio"),
  "buildSeconds": $(seconds_since "$build_started")
}
EOF
}

# Keeps the newest few builds (a switch back to an older recipe stays instant) and deletes the rest.
prune_old_outputs() {
  local old
  # shellcheck disable=SC2012 # the names are ours: linux- and 16 hex digits
  ls -dt "$guests_dir"/linux-[0-9a-f]*[0-9a-f] 2>/dev/null | tail -n +4 | while IFS= read -r old; do
    rm -rf "$old"
  done
}

# Repoints the stable `guests/linux` link at linux-$1, atomically (rename over the old link).
point_latest_at() {
  ln -sfn "linux-$1" "$guests_dir/linux.tmp"
  mv -T "$guests_dir/linux.tmp" "$guests_dir/linux"
}

# Computes the recipe hash, reuses a finished build with that hash, or builds one under a lock.
main() {
  build_started=$(date +%s)
  ensure_packages
  ensure_deb_src
  linux_version=$(dpkg-query -W -f='${Version}' linux-source-6.1)
  gcc_version=$(dpkg-query -W -f='${Version}' gcc-riscv64-linux-gnu)
  libc_version=$(dpkg-query -W -f='${Version}' libc6-dev-riscv64-cross)
  busybox_version=$(busybox_source_version)
  [ -n "$busybox_version" ] || die "cannot tell which busybox source version apt-get source would fetch"
  [ -f /usr/src/linux-source-6.1.tar.xz ] || die "/usr/src/linux-source-6.1.tar.xz is missing (reinstall linux-source-6.1)"

  mkdir -p "$guests_dir" "$work_dir"
  exec 9> "$guests_dir/.linux.lock"
  flock 9
  hash=$(recipe_hash)
  out=$guests_dir/linux-${hash:0:16}
  if [ -f "$out/Image" ] && [ -f "$out/initramfs.cpio" ] && [ -f "$out/manifest.json" ]; then
    point_latest_at "${hash:0:16}"
    log "up to date: $out"
    return 0
  fi

  # Half-written outputs of interrupted runs are never reused.
  rm -rf "$guests_dir"/linux-*.tmp
  out_tmp=$out.tmp
  mkdir -p "$out_tmp"
  build_kernel
  build_busybox
  initramfs_list > "$work_dir/initramfs.list"
  "$work_dir/gen_init_cpio" "$work_dir/initramfs.list" > "$out_tmp/initramfs.cpio"
  write_manifest
  rm -rf "$out" && mv "$out_tmp" "$out"
  point_latest_at "${hash:0:16}"
  prune_old_outputs
  log "built $out in $(seconds_since "$build_started") s"
}

main "$@"
