#!/bin/sh
# The LAVA test definition and example job validate against lava-common's own
# schemas (Debian's python3 with lava-common; SKIP naming the package where
# it is absent), and a job missing its device_type does not.
. "$srcdir/tests/tap.sh"
scratch
py=/usr/bin/python3
if ! "$py" -c 'import lava_common.schemas' 2>/dev/null; then
	echo "1..0 # SKIP lava-common (Debian package) is not installed: its schemas validate lava/"
	exit 0
fi
plan 3
check() { # KIND FILE
	"$py" - "$1" "$2" <<'PY'
import sys, yaml
from lava_common.schemas import validate
from lava_common.schemas.test.testdef import validate as validate_testdef
kind, path = sys.argv[1], sys.argv[2]
with open(path) as f:
    data = yaml.safe_load(f)
try:
    (validate_testdef if kind == "testdef" else validate)(data)
except Exception as e:
    print(f"{path}: {e}")
    sys.exit(1)
PY
}
ok "lava/ptrace-regress.yaml is a valid test definition" check testdef "$srcdir/lava/ptrace-regress.yaml"
ok "lava/qemu-x86_64-job.yaml is a valid job" check job "$srcdir/lava/qemu-x86_64-job.yaml"
grep -v '^device_type:' "$srcdir/lava/qemu-x86_64-job.yaml" >"$tap_tmp/bad.yaml"
ok "a job without device_type is not" sh -c "! $(command -v "$py") -c 'import yaml,sys; from lava_common.schemas import validate; validate(yaml.safe_load(open(\"$tap_tmp/bad.yaml\")))' 2>/dev/null"
exit 0
