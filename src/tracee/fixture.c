/* The tracee's fixture, made with libc before the first traced stop (nothing
 * here is traced: the tracer only starts syscall tracing at the SIGSTOP). */
#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tracee/fixture.h"
#include "tracee/sigsys.h"

#ifndef MAP_FIXED_NOREPLACE
#define MAP_FIXED_NOREPLACE 0x100000
#endif

static int fail(const char *what)
{
	perror(what);
	return -1;
}

static int make_files(const char *workdir)
{
	int fd;

	if (chdir(workdir) != 0)
		return fail(workdir);
	fd = open("file", O_CREAT | O_WRONLY | O_TRUNC, 0644);
	if (fd < 0 || close(fd) != 0)
		return fail("file");
	if (mkdir("dir", 0755) != 0 || mkdir("full", 0755) != 0)
		return fail("mkdir");
	fd = open("full/x", O_CREAT | O_WRONLY | O_TRUNC, 0644);
	if (fd < 0 || close(fd) != 0)
		return fail("full/x");
	if (symlink("loop", "loop") != 0)
		return fail("symlink loop");
	if (mkfifo("fifo", 0644) != 0)
		return fail("mkfifo");
	return 0;
}

static int place_fd(int fd, int where)
{
	if (fd < 0 || dup2(fd, where) != where)
		return -1;
	return close(fd);
}

static int make_fds(void)
{
	int p[2];

	if (place_fd(memfd_create("ptrace-regress", 0), PR_FD_MEMFD) != 0)
		return fail("memfd");
	if (pipe2(p, O_NONBLOCK) != 0 || place_fd(p[0], PR_FD_PIPE_R) != 0 ||
	    place_fd(p[1], PR_FD_PIPE_W) != 0)
		return fail("pipe");
	if (pipe2(p, 0) != 0 || place_fd(p[0], PR_FD_GO_R) != 0 || place_fd(p[1], PR_FD_GO_W) != 0)
		return fail("pipe");
	return 0;
}

/* A timespec as the path's ABI reads it: two words of its width (a 32-bit
 * personality's nanosleep takes the old 32-bit timespec). */
static void write_timespec(const struct pr_personality *p, char *at, int64_t ns)
{
	uint64_t sec = (uint64_t)ns / 1000000000, nsec = (uint64_t)ns % 1000000000;

	if (pr_long_bits(p) == 32) {
		uint32_t w[2] = { (uint32_t)sec, (uint32_t)nsec };

		memcpy(at, w, sizeof(w));
	} else {
		uint64_t w[2] = { sec, nsec };

		memcpy(at, w, sizeof(w));
	}
}

/* The iovec tables in the path ABI's layout (two words each) and the data
 * the source segments hold (PR_ARG_IOV). */
static void write_iovs(const struct pr_personality *p, char *base)
{
	for (unsigned which = 0; which < 3; which++) {
		uint64_t b[3], len[3];
		unsigned n;
		char *at = base + PR_SCRATCH_IOV + which * 0x40;

		pr_iov_table(p, which, b, len, &n);
		for (unsigned i = 0; i < n; i++)
			if (pr_long_bits(p) == 32) {
				uint32_t w[2] = { (uint32_t)b[i], (uint32_t)len[i] };

				memcpy(at + i * sizeof(w), w, sizeof(w));
			} else {
				memcpy(at + i * 16, &b[i], 8);
				memcpy(at + i * 16 + 8, &len[i], 8);
			}
	}
	memcpy(base + PR_SCRATCH_SOURCE, PR_IOV_SOURCE, sizeof(PR_IOV_SOURCE));
}

/* An argv table in the path ABI's pointer width at slot + PR_SCRATCH_ARGV:
 * { the slot's string (the call's path), str, NULL } (PR_ARG_ARGV). */
static int write_argv(const struct pr_personality *p, char *slot, const char *str)
{
	uint64_t v[3] = { p->scratch_addr + (uint64_t)(slot - (char *)(uintptr_t)p->scratch_addr),
			  0, 0 };

	if (strlen(str) >= PR_SCRATCH_ARGV - PR_SCRATCH_ARGV_STR)
		return fail("argv string too long");
	memcpy(slot + PR_SCRATCH_ARGV_STR, str, strlen(str) + 1);
	v[1] = v[0] + PR_SCRATCH_ARGV_STR;
	for (unsigned k = 0; k < 3; k++)
		if (pr_long_bits(p) == 32) {
			uint32_t w = (uint32_t)v[k];

			memcpy(slot + PR_SCRATCH_ARGV + k * sizeof(w), &w, sizeof(w));
		} else
			memcpy(slot + PR_SCRATCH_ARGV + k * sizeof(v[k]), &v[k], sizeof(v[k]));
	return 0;
}

static int make_scratch(const struct pr_personality *p, const struct pr_group *g)
{
	char *base = (char *)(uintptr_t)p->scratch_addr;
	void *m = mmap(base, PR_SCRATCH_SIZE + PR_SCRATCH_GUARD, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);

	if (m != base)
		return fail("mmap scratch");
	if (mprotect(base + PR_SCRATCH_SIZE, PR_SCRATCH_GUARD, PROT_NONE) != 0)
		return fail("mprotect guard");
	m = mmap(base + PR_SCRATCH_MOVABLE, 4096, PROT_READ | PROT_WRITE,
		 MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
	if (m != base + PR_SCRATCH_MOVABLE)
		return fail("mmap movable page");
	write_iovs(p, base);
	for (unsigned i = 0; i < g->ncalls; i++)
		for (unsigned a = 0; a < 6; a++)
			if (g->calls[i].args[a].kind == PR_ARG_SIGINFO) {
				siginfo_t *si = (siginfo_t *)(void *)(base + i * PR_SCRATCH_STR_SLOT);

				memset(si, 0, sizeof(*si));
				si->si_signo = pr_call_raise(&g->calls[i]) ? pr_call_raise(&g->calls[i])->sig : 0;
				si->si_code = (int)g->calls[i].args[a].val;
			} else if (g->calls[i].args[a].kind == PR_ARG_TIMESPEC) {
				write_timespec(p, base + i * PR_SCRATCH_STR_SLOT, g->calls[i].args[a].val);
			} else if (g->calls[i].args[a].kind == PR_ARG_ARGV) {
				if (write_argv(p, base + i * PR_SCRATCH_STR_SLOT, g->calls[i].args[a].str) != 0)
					return -1;
			} else if (g->calls[i].args[a].kind == PR_ARG_STR) {
				size_t len = strlen(g->calls[i].args[a].str);

				if (len >= PR_SCRATCH_STR_SLOT)
					return fail("scenario string too long");
				memcpy(base + i * PR_SCRATCH_STR_SLOT, g->calls[i].args[a].str, len + 1);
			}
	return 0;
}

int pr_fixture_setup(const struct pr_personality *p, const struct pr_group *g, const char *workdir)
{
	if (g->ncalls > PR_MAX_CALLS)
		return fail("too many calls in group");
	if (make_files(workdir) || make_fds() || make_scratch(p, g) || pr_fixture_signals(p, g) ||
	    pr_fixture_sigsys(p, g))
		return -1;
	return 0;
}
