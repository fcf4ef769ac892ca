#!/bin/sh
# The LAVA test definition, the jobs ci/lava-job writes (for every arch with a
# device configuration in lava/devices/) and those device configurations
# validate against lava-common's own schemas (Debian's python3 with
# lava-common; SKIP naming the package where it is absent), and a job missing
# its device_type does not. A job's context is what its device configuration
# renders (QEMU binary, machine, cpu, memory, extra options), and its monitor
# pattern, applied to a runner's KTAP the way lava-dispatcher's monitor
# consumes the console (pexpect: each match ends where the next search
# starts, lines ending in CR CR LF), gives the KTAP's leaves with their
# results mapped as ci/ktap-to-lava does, in order.
. "$srcdir/tests/tap.sh"
scratch
py=/usr/bin/python3
if ! "$py" -c 'import lava_common.schemas' 2>/dev/null; then
	echo "1..0 # SKIP lava-common (Debian package) is not installed: its schemas validate lava/"
	exit 0
fi
check() { # KIND FILE
	"$py" - "$1" "$2" <<'PY'
import sys, yaml
from lava_common.schemas import validate
from lava_common.schemas.device import validate as validate_device
from lava_common.schemas.test.testdef import validate as validate_testdef
kind, path = sys.argv[1], sys.argv[2]
with open(path) as f:
    data = yaml.safe_load(f)
try:
    {"testdef": validate_testdef, "device": validate_device}.get(kind, validate)(data)
except Exception as e:
    print(f"{path}: {e}")
    sys.exit(1)
PY
}

# consistent JOB DEVICE: the device's QEMU command is the job context's.
consistent() {
	"$py" - "$1" "$2" <<'PY'
import sys, yaml
job = yaml.safe_load(open(sys.argv[1]))
dev = yaml.safe_load(open(sys.argv[2]))
ctx = job["context"]
qemu = dev["actions"]["boot"]["methods"]["qemu"]["parameters"]
want = ["-cpu " + ctx["cpu"]] if "cpu" in ctx else []
want += ["-machine " + ctx["machine"]] if "machine" in ctx else []
want += ["-nographic", "-net nic,model=virtio,macaddr=52:54:00:12:34:58 -net user",
         "-m %d" % ctx["memory"], "-monitor none"]
bad = []
if ctx["arch"] not in dev["available_architectures"]:
    bad.append("arch %s not available" % ctx["arch"])
if qemu["options"] != want:
    bad.append("options %s, the context renders %s" % (qemu["options"], want))
if qemu.get("extra", []) != ctx.get("extra_options", []):
    bad.append("extra %s, the context has %s" % (qemu.get("extra"), ctx.get("extra_options")))
if "image" not in dev["actions"]["deploy"]["methods"]:
    bad.append("no image (tmpfs) deploy method")
for b in bad:
    print("# %s: %s" % (sys.argv[2], b))
sys.exit(1 if bad else 0)
PY
}

# monitored JOB KTAP: the job's monitors read KTAP's leaves, in order.
monitored() {
	awk -f "$srcdir/ci/lib/ktap-flatten.awk" "$2" >"$2.flat"
	"$py" - "$1" "$2" "$2.flat" <<'PY'
import re, sys, yaml
job = yaml.safe_load(open(sys.argv[1]))
monitor = [a["test"] for a in job["actions"] if "test" in a][0]["monitors"][0]
rx = re.compile(monitor["pattern"], re.DOTALL)  # as pexpect compiles it
name = monitor["name"]
buf = "ptrace-regress-vm: begin %s\r\r\n%sptrace-regress-vm: end %s status 0\r\r\n" % (
    name, open(sys.argv[2]).read().replace("\n", "\r\r\n"), name)
seen = []
m = re.compile(monitor["start"]).search(buf)
buf = buf[m.end():]
while True:
    m = rx.search(buf)
    if not m:
        break
    d = m.groupdict()
    seen.append((re.sub(r"\W+", "_", d["test_case_id"].strip().lower()),
                 monitor["fixupdict"].get(d["result"], d["result"])))
    buf = buf[m.end():]
end = re.compile(monitor["end"]).search(buf)
want = []
for line in open(sys.argv[3]):
    path, result = line.split("\t")[:2]
    want.append((re.sub(r"\W+", "_", path.split("::")[-1].strip().lower()),
                 {"xfail": "skip", "xpass": "pass"}.get(result, result)))
for i, (a, b) in enumerate(zip(seen, want)):
    if a != b:
        print("# case %d: monitor %s, KTAP %s" % (i + 1, a, b))
        break
print("# %d cases, %d leaves" % (len(seen), len(want)))
sys.exit(0 if seen == want and seen and end else 1)
PY
}

ok "lava/ptrace-regress.yaml is a valid test definition" check testdef "$srcdir/lava/ptrace-regress.yaml"
ok "lava/qemu-x86_64-job.yaml is a valid job" check job "$srcdir/lava/qemu-x86_64-job.yaml"
grep -v '^device_type:' "$srcdir/lava/qemu-x86_64-job.yaml" >"$tap_tmp/bad.yaml"
ok "a job without device_type is not" sh -c "! $(command -v "$py") -c 'import yaml,sys; from lava_common.schemas import validate; validate(yaml.safe_load(open(\"$tap_tmp/bad.yaml\")))' 2>/dev/null"

for device in "$srcdir"/lava/devices/qemu-*.yaml; do
	arch=${device##*/qemu-}
	arch=${arch%.yaml}
	dir=$tap_tmp/$arch
	mkdir -p "$dir"
	# What ci/vm-check --artefacts writes beside the kernel and initramfs,
	# from the same function, without building them.
	bash -c 'set -e; for l in common arch initramfs qemu; do . "$0/ci/lib/$l.sh"; done
		arch_load "$1"; qemu_env "$1" /kernels/linux-image-test/vmlinuz' "$srcdir" "$arch" >"$dir/artefacts.env"
	ok "ci/lava-job --from writes the $arch job" sh -c '"$1/ci/lava-job" --from "$2" --url-base http://lab.example/pr >/dev/null 2>"$2/log"' _ "$srcdir" "$dir"
	ok "the $arch job is a valid job" check job "$dir/job.yaml"
	ok "lava/devices/qemu-$arch.yaml is a valid device configuration" check device "$device"
	ok "lava/devices/qemu-$arch.yaml renders the $arch job's context" consistent "$dir/job.yaml" "$device"
done
# The checked-in example is the generator's, but for the URLs and the kernel.
sed '/^#/d; /^job_name:/d; /url:/d' "$srcdir/lava/qemu-x86_64-job.yaml" >"$tap_tmp/example"
sed '/^#/d; /^job_name:/d; /url:/d' "$tap_tmp/x86_64/job.yaml" >"$tap_tmp/generated"
expect_same "lava/qemu-x86_64-job.yaml is what ci/lava-job writes" "$tap_tmp/example" "$tap_tmp/generated"

# The monitor on real kernels' KTAP (replayed recordings: passes, SKIPs,
# known bugs' XFAILs) and on one with failures.
for fixture in x86_64-kernel-6.1.0-57-amd64 mips64el-kernel-6.1.0-50-5kc-malta; do
	"$RUNNER" --replay "$srcdir/tests/fixtures/$fixture.rec" >"$tap_tmp/$fixture.ktap" 2>/dev/null
	ok "the job's monitor reads $fixture's KTAP leaves" monitored "$tap_tmp/x86_64/job.yaml" "$tap_tmp/$fixture.ktap"
done
sed 's/^\(  *\)ok \([0-9]*[13579]\) /\1not ok \2 /' "$tap_tmp/x86_64-kernel-6.1.0-57-amd64.ktap" >"$tap_tmp/failing.ktap"
ok "the job's monitor reads failures" monitored "$tap_tmp/x86_64/job.yaml" "$tap_tmp/failing.ktap"
done_testing
exit 0
