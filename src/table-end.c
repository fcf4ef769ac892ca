/* Where each kernel's syscall table ends (scripts/syscall.tbl since 6.1;
 * every arch's table numbers new calls alike).  Each row names how its
 * release is known; a result is what the call's source returns given
 * patterns 1..6 (src/scenario.c pr_pattern()): full-width values whose low
 * 32 bits are non-zero, so a flags argument rejects them first. */
#include <errno.h>
#include <stdio.h>

#include "table-end.h"

#define EINVAL_FLAGS(arg) { -EINVAL, "its " arg " (a pattern) has unknown bits: -EINVAL first" }
#define ENOSYS_WITHOUT(config) { -ENOSYS, "COND_SYSCALL (kernel/sys_ni.c): -ENOSYS without " config }

static const struct pr_table_end ends[] = {
	{ 6, 1, 450, "set_mempolicy_home_node", "6.1.192's source; since 5.17",
	  /* mm/mempolicy.c: "if (start & ~PAGE_MASK) return -EINVAL" */
	  { EINVAL_FLAGS("start"), ENOSYS_WITHOUT("CONFIG_NUMA") } },
	{ 6, 5, 451, "cachestat", "7.3.4's table; from 6.5's release notes",
	  /* mm/filemap.c: fd_empty(f): the pattern's low 32 bits are no fd */
	  { { -EBADF, "its fd (a pattern) is not open: -EBADF first" }, ENOSYS_WITHOUT("CONFIG_CACHESTAT_SYSCALL") } },
	{ 6, 6, 453, "map_shadow_stack", "7.3.4's table; from 6.6's release notes",
	  /* arch/x86/kernel/shstk.c; x86 and (later) arm64, riscv only */
	  { { -EOPNOTSUPP, "x86: the CPU or kernel has no user shadow stack" }, EINVAL_FLAGS("flags"),
	    ENOSYS_WITHOUT("an arch implementation") } },
	{ 6, 7, 456, "futex_requeue", "7.3.4's table; from 6.7's release notes",
	  { EINVAL_FLAGS("flags") } },
	{ 6, 8, 461, "lsm_list_modules", "7.3.4's table; from 6.8's release notes",
	  { EINVAL_FLAGS("flags") } },
	{ 6, 10, 462, "mseal", "Debian's 6.12.117 (riscv64) has it, not 463; from 6.10's release notes",
	  { EINVAL_FLAGS("flags"), ENOSYS_WITHOUT("CONFIG_64BIT") } },
	{ 6, 13, 466, "removexattrat", "7.3.4's table; from 6.13's release notes",
	  { EINVAL_FLAGS("at_flags") } },
	{ 6, 15, 467, "open_tree_attr", "7.3.4's table; from 6.15's release notes",
	  /* fs/namespace.c vfs_open_tree() */
	  { EINVAL_FLAGS("flags") } },
	{ 6, 17, 469, "file_setattr", "this machine's 6.18.44 has it, not listns; from 6.17's release notes",
	  { EINVAL_FLAGS("at_flags") } },
	{ 6, 19, 470, "listns", "7.3.4's table; merged for 6.19 (its series on v6.19-rc)",
	  /* kernel/nstree.c: "if (flags) return -EINVAL" */
	  { EINVAL_FLAGS("flags") } },
	{ 7, 0, 471, "rseq_slice_yield", "Debian's 7.2.13 (ppc64le) has it, not 472; its series on v6.19-rc1",
	  /* kernel/rseq.c: "0 if the slice extension was ... never granted" */
	  { { 0, "no time slice extension was granted: 0" }, ENOSYS_WITHOUT("CONFIG_RSEQ_SLICE_EXTENSION") } },
	{ 7, 3, 472, "fchroot", "7.3.4's source; Debian's 7.2.13 lacks it",
	  /* fs/open.c: "if (flags) return -EINVAL" */
	  { EINVAL_FLAGS("flags") } },
};

#define NENDS (sizeof(ends) / sizeof(ends[0]))

const struct pr_table_end *pr_table_end_of(const struct pr_kversion *v, char *why, size_t len)
{
	const struct pr_table_end *newest = &ends[NENDS - 1];
	unsigned at;

	if (!v->known) {
		snprintf(why, len, "the kernel's version is unknown (%s): where its syscall table ends is not known",
			 v->from);
		return NULL;
	}
	at = v->major * 1000 + v->minor;
	if (at > newest->major * 1000 + newest->minor) {
		snprintf(why, len, "kernel %u.%u is newer than the syscall tables this suite knows (up to %u.%u, "
			 "%u %s): its table may end later", v->major, v->minor, newest->major, newest->minor,
			 newest->last, newest->name);
		return NULL;
	}
	for (unsigned k = NENDS; k-- > 0;)
		if (at >= ends[k].major * 1000 + ends[k].minor)
			return &ends[k];
	snprintf(why, len, "kernel %u.%u is older than the syscall tables this suite knows (from %u.%u)", v->major,
		 v->minor, ends[0].major, ends[0].minor);
	return NULL;
}

const struct pr_table_end *pr_table_end_for(const char *release, const char *uts_version, const char *signature,
					    char *why, size_t len)
{
	struct pr_kversion v;

	pr_kversion_of(release, uts_version, signature, &v);
	return pr_table_end_of(&v, why, len);
}
