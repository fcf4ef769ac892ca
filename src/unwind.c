#include <config.h>

#include <inttypes.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "host.h"
#include "payloads/unwind.h"
#include "unwind.h"

#ifdef HAVE_LIBUNWIND_PTRACE
#include <libunwind-ptrace.h>

#define MAX_FRAMES 16

static void append(struct pr_unwound *u, const char *fmt, unsigned long a, const char *name,
		   unsigned long off, unsigned long sp)
{
	size_t len = strlen(u->unwind_bt);

	snprintf(u->unwind_bt + len, sizeof(u->unwind_bt) - len, fmt, u->unwind_depth, a, name, off, sp);
}

static void walk(struct pr_unwound *u, unw_cursor_t *c)
{
	int r;

	do {
		unw_word_t ip = 0, sp = 0, off = 0;
		char name[64] = "??";

		unw_get_reg(c, UNW_REG_IP, &ip);
		unw_get_reg(c, UNW_REG_SP, &sp);
		if (unw_get_proc_name(c, name, sizeof(name), &off) != 0)
			off = 0;
		if (u->unwind_depth == 0) {
			u->unwind_ip = ip;
			u->unwind_sp = sp;
			snprintf(u->unwind_proc, sizeof(u->unwind_proc), "%s", name);
		}
		append(u, "#%u %#lx %s+%#lx sp %#lx\n", ip, name, off, sp);
		u->unwind_depth++;
		r = unw_step(c);
	} while (r > 0 && u->unwind_depth < MAX_FRAMES);
	if (r < 0) {
		u->unwind_status = PR_UNWIND_FAILED;
		u->unwind_err = r;
		size_t len = strlen(u->unwind_bt);

		snprintf(u->unwind_bt + len, sizeof(u->unwind_bt) - len, "unw_step failed: %s\n",
			 unw_strerror(r));
	}
}

/* Is ip in the tracee's vDSO?  libunwind-ptrace reads unwind tables from
 * the files /proc/PID/maps names, and the vDSO has none: a path that stops
 * there (i386's __kernel_vsyscall) cannot be unwound by it. */
static bool in_vdso(pid_t pid, uint64_t ip)
{
	char file[64], line[512];
	bool found = false;
	FILE *maps;

	snprintf(file, sizeof(file), "/proc/%d/maps", (int)pid);
	if (!(maps = fopen(file, "re")))
		return false;
	while (!found && fgets(line, sizeof(line), maps)) {
		uint64_t lo, hi;

		found = sscanf(line, "%" SCNx64 "-%" SCNx64, &lo, &hi) == 2 && ip >= lo && ip < hi &&
			strstr(line, "[vdso]") != NULL;
	}
	fclose(maps);
	return found;
}

void pr_unwind(pid_t pid, struct pr_run *run, struct pr_stop *s)
{
	static unw_addr_space_t as;
	struct pr_unwound *u = pr_unwind_make(s);
	unw_cursor_t c;
	void *ui;
	int r;

	if (pr_host_unwind_defect) {
		u->unwind_status = PR_UNWIND_UNSUPPORTED;
		snprintf(run->unwind_skip, sizeof(run->unwind_skip), "%s", pr_host_unwind_defect);
		return;
	}
	if (!s->regs_err && in_vdso(pid, s->regs.pc)) {
		u->unwind_status = PR_UNWIND_UNSUPPORTED;
		snprintf(run->unwind_skip, sizeof(run->unwind_skip),
			 "libunwind-ptrace reads unwind tables from the tracee's mapped files, and the %s "
			 "path stops in the vDSO, which has none", run->path);
		return;
	}
	if (!as) {
		as = unw_create_addr_space(&_UPT_accessors, 0);
		if (as)
			unw_set_caching_policy(as, UNW_CACHE_NONE); /* every tracee is a new process */
	}
	ui = as ? _UPT_create(pid) : NULL;
	if (!ui) {
		u->unwind_status = PR_UNWIND_FAILED;
		snprintf(u->unwind_bt, sizeof(u->unwind_bt), "unw_create_addr_space/_UPT_create failed");
		return;
	}
	u->unwind_status = PR_UNWIND_OK;
	r = unw_init_remote(&c, as, ui);
	if (r < 0) {
		u->unwind_status = PR_UNWIND_FAILED;
		u->unwind_err = r;
		snprintf(u->unwind_bt, sizeof(u->unwind_bt), "unw_init_remote failed: %s", unw_strerror(r));
	} else {
		walk(u, &c);
	}
	_UPT_destroy(ui);
}

#else

void pr_unwind(pid_t pid, struct pr_run *run, struct pr_stop *s)
{
	(void)pid;
	pr_unwind_make(s)->unwind_status = PR_UNWIND_UNSUPPORTED;
	snprintf(run->unwind_skip, sizeof(run->unwind_skip),
		 "built without libunwind-ptrace (configure found no libunwind-ptrace)");
}

#endif
